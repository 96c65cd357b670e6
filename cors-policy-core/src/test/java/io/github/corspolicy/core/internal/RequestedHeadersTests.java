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
package io.github.corspolicy.core.internal;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.internal.RequestedHeaders.Problem;
import io.github.corspolicy.core.internal.RequestedHeaders.Problem.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Reading {@code Access-Control-Request-Headers}: a comma-separated list with optional white space
 * and empty elements (RFC 9110 section 5.6.1), of at most {@link RequestedHeaders#MAX_ELEMENTS}
 * elements.
 */
class RequestedHeadersTests {

	private static final HeaderNameSet ALLOWED = new HeaderNameSet(List.of("content-type", "x-request-id"));

	@ParameterizedTest
	@MethodSource
	void checkFindsTheFirstElementAtFault(String list, @Nullable HeaderNameSet allowed, @Nullable Problem problem) {
		assertThat(RequestedHeaders.check(list, allowed)).isEqualTo(problem);
	}

	static Stream<Arguments> checkFindsTheFirstElementAtFault() {
		return Stream.of(
				argumentSet("allowed names", "content-type,x-request-id", ALLOWED, null),
				argumentSet("allowed names in another case", "Content-Type, X-Request-ID", ALLOWED, null),
				argumentSet("optional white space and empty elements", " content-type ,\t, ,x-request-id ,", ALLOWED,
						null),
				argumentSet("an empty list", "", ALLOWED, null),
				argumentSet("a name that is not allowed", "content-type, authorization, x a", ALLOWED,
						new Problem(Kind.NOT_ALLOWED, "authorization")),
				argumentSet("any well-formed name when any is allowed", "authorization, x-custom", null, null),
				argumentSet("an element with a space inside", "content-type, x a", null,
						new Problem(Kind.NOT_A_TOKEN, "x a")),
				argumentSet("an element with a colon", "x:y", ALLOWED, new Problem(Kind.NOT_A_TOKEN, "x:y")),
				argumentSet("an element with CR LF", "x-a\r\nx-b", null, new Problem(Kind.NOT_A_TOKEN, "x-a\r\nx-b")),
				argumentSet("a non-ASCII element that would match ignoring Unicode case", "\u212aey",
						new HeaderNameSet(List.of("key")), new Problem(Kind.NOT_A_TOKEN, "\u212aey")),
				argumentSet("exactly the maximum number of elements", ",".repeat(RequestedHeaders.MAX_ELEMENTS - 1),
						ALLOWED, null),
				argumentSet("one element more than the maximum", ",".repeat(RequestedHeaders.MAX_ELEMENTS), ALLOWED,
						new Problem(Kind.TOO_MANY, "100")),
				argumentSet("1,024 commas", ",".repeat(1024), null, new Problem(Kind.TOO_MANY, "100")));
	}

}
