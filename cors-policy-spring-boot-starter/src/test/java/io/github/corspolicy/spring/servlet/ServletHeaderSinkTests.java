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
package io.github.corspolicy.spring.servlet;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class ServletHeaderSinkTests {

	private static final String PREFLIGHT = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	static Stream<Arguments> varyMerges() {
		return Stream.of(argumentSet("no Vary yet", List.of(), "Origin", List.of("Origin")),
				argumentSet("another header varies", List.of("Accept-Encoding"), "Origin",
						List.of("Accept-Encoding", "Origin")),
				argumentSet("Origin already there, in another case", List.of("accept-encoding, origin"), "Origin",
						List.of("accept-encoding, origin")),
				argumentSet("Vary: * covers everything", List.of("*"), PREFLIGHT, List.of("*")),
				argumentSet("some preflight names already there", List.of("Origin"), PREFLIGHT,
						List.of("Origin", "Access-Control-Request-Method, Access-Control-Request-Headers")),
				argumentSet("the same names twice add nothing", List.of(PREFLIGHT), PREFLIGHT, List.of(PREFLIGHT)));
	}

	@ParameterizedTest
	@MethodSource("varyMerges")
	void varyKeepsWhatIsThereAndAddsNoNameTwice(List<String> before, String added, List<String> after) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		before.forEach((line) -> response.addHeader("Vary", line));
		new ServletHeaderSink(response).addVary(added);
		assertThat(response.getHeaders("Vary")).isEqualTo(after);
	}

}
