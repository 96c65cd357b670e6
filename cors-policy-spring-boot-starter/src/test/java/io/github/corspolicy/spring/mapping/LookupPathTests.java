/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.corspolicy.spring.mapping;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The lookup path of a raw request path: what mapping patterns see, or why there is nothing to
 * match (then the top-level mapping applies).
 */
class LookupPathTests {

	static Stream<Arguments> pathsThatCanBeNormalised() {
		// values are written for PathContainer.parsePath: a decoded '%' or ';' is encoded again
		return Stream.of(
				argumentSet("a plain path is kept as it is", "/api/v1/users", "", "", "/api/v1/users"),
				argumentSet("a trailing slash is kept", "/api/v1/", "", "", "/api/v1/"),
				argumentSet("the root is kept", "/", "", "", "/"),
				argumentSet("a dot-dot segment removes the segment before it", "/api/public/../v1", "", "", "/api/v1"),
				argumentSet("a dot segment is removed", "/api/./v1", "", "", "/api/v1"),
				argumentSet("a final dot-dot segment leaves a trailing slash", "/api/v1/..", "", "", "/api/"),
				argumentSet("path parameters are stripped before dot-segments are removed", "/api/public/..;x/v1",
						"", "", "/api/v1"),
				argumentSet("an encoded dot-dot segment is a dot-dot segment", "/api/public/%2E%2e/v1", "", "", "/api/v1"),
				argumentSet("empty segments are dropped before dot-segments are removed", "/api/public//../v1", "", "",
						"/api/v1"),
				argumentSet("a double-encoded dot-dot is decoded once, into a plain name", "/api/%252e%252e/v1", "", "",
						"/api/%252e%252e/v1"),
				argumentSet("a decoded ';' is not a path parameter", "/api/a%3Bb", "", "", "/api/a%3Bb"),
				argumentSet("UTF-8 is decoded", "/api/caf%C3%A9", "", "", "/api/caf\u00e9"),
				argumentSet("raw UTF-8 bytes, as the container gives them, are decoded", "/api/caf\u00c3\u00a9", "", "",
						"/api/caf\u00e9"),
				argumentSet("the decoded context path is taken off", "/%61pp;v=1/api/v1", "/app", "", "/api/v1"),
				argumentSet("the servlet path is taken off", "/app/mvc/api/v1", "/app", "/mvc", "/api/v1"),
				argumentSet("a path parameter on the servlet path is stripped", "/mvc;jsessionid=1/api", "", "/mvc",
						"/api"),
				argumentSet("the servlet path alone leaves an empty path", "/mvc", "", "/mvc", ""));
	}

	@ParameterizedTest
	@MethodSource("pathsThatCanBeNormalised")
	void pathIsNormalisedAsTheContainerRoutesIt(String raw, String contextPath, String servletPath, String expected) {
		LookupPath path = LookupPath.of(raw, contextPath, servletPath);
		assertThat(path.problem()).isNull();
		assertThat(path.value()).isEqualTo(expected);
	}

	static Stream<Arguments> pathsThatCannotBeNormalised() {
		return Stream.of(
				argumentSet("an encoded slash", "/api/public/..%2f..%2fv1", "", "", "an encoded '/'"),
				argumentSet("an encoded backslash", "/api/public/..%5Cv1", "", "", "a backslash"),
				argumentSet("a backslash", "/api/public/..\\v1", "", "", "a backslash"),
				argumentSet("an encoded NUL", "/api/%00/v1", "", "", "a control character"),
				argumentSet("a dot-dot segment above the root", "/api/../../v1", "", "", "above the root"),
				argumentSet("malformed percent-encoding", "/api/%zz", "", "", "malformed percent-encoding"),
				argumentSet("truncated percent-encoding", "/api/%2", "", "", "malformed percent-encoding"),
				argumentSet("bytes that are not UTF-8", "/api/%C3%28", "", "", "not UTF-8"),
				argumentSet("a path that does not start with '/'", "api/v1", "", "", "does not start with '/'"),
				argumentSet("a dot-dot segment out of the context path", "/app/../api/v1", "/app", "",
						"not within the context path"),
				argumentSet("a prefix that is only part of a segment", "/mvcx/api", "", "/mvc",
						"not within the context path"));
	}

	@ParameterizedTest
	@MethodSource("pathsThatCannotBeNormalised")
	void pathThatCannotBeNormalisedHasNoLookupPathAndSaysWhy(String raw, String contextPath, String servletPath,
			String problem) {
		LookupPath path = LookupPath.of(raw, contextPath, servletPath);
		assertThat(path.value()).isNull();
		assertThat(path.problem()).contains(problem);
	}

}
