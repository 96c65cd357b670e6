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
package io.github.corspolicy.core;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.PolicyProblem.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Names a browser never lets a page send or read (Fetch standard, sections 2.2.1 and 2.2.2) are
 * errors, in any case; names that merely look like them are not.
 */
class ForbiddenNamesTests {

	private static final String APP = "https://app.example.com";

	@ParameterizedTest
	@MethodSource
	void aForbiddenNameFailsTheBuildWithItsKindAndTheFix(UnaryOperator<CorsPolicy.Builder> configure, Kind kind,
			String key, String fixSays) {
		InvalidCorsPolicyException failure = catchThrowableOfType(InvalidCorsPolicyException.class,
				() -> configure.apply(CorsPolicy.builder().allowedOrigins(APP)).build());
		assertThat(failure).as("build failure").isNotNull();
		assertThat(failure.getProblems()).singleElement().satisfies((problem) -> {
			assertThat(problem.kind()).isEqualTo(kind);
			assertThat(problem.key()).isEqualTo(key);
			assertThat(problem.fix()).startsWith(fixSays);
		});
	}

	static Stream<Arguments> aForbiddenNameFailsTheBuildWithItsKindAndTheFix() {
		String send = "remove it: a browser never lets a page send it";
		String set = "remove it: a browser never lets a page set it";
		String read = "remove it: a browser never lets a page read it";
		return Stream.of(forbidden("CONNECT", (b) -> b.allowedMethods("GET", "CONNECT"), Kind.FORBIDDEN_METHOD,
				"allowed-methods[1]", send),
				forbidden("trace", (b) -> b.allowedMethods("trace"), Kind.FORBIDDEN_METHOD, "allowed-methods[0]", send),
				forbidden("Track", (b) -> b.allowedMethods("Track"), Kind.FORBIDDEN_METHOD, "allowed-methods[0]", send),
				forbidden("Connection", (b) -> b.allowedHeaders("Connection"), Kind.FORBIDDEN_REQUEST_HEADER,
						"allowed-headers[0]", set),
				forbidden("HOST", (b) -> b.allowedHeaders("X-Request-ID", "HOST"), Kind.FORBIDDEN_REQUEST_HEADER,
						"allowed-headers[1]", set),
				forbidden("cookie", (b) -> b.allowedHeaders("cookie"), Kind.FORBIDDEN_REQUEST_HEADER,
						"allowed-headers[0]", set),
				forbidden("Sec-Fetch-Site (any Sec-*)", (b) -> b.allowedHeaders("Sec-Fetch-Site"),
						Kind.FORBIDDEN_REQUEST_HEADER, "allowed-headers[0]", set),
				forbidden("sec-made-up (any Sec-*)", (b) -> b.allowedHeaders("sec-made-up"), Kind.FORBIDDEN_REQUEST_HEADER,
						"allowed-headers[0]", set),
				forbidden("Proxy-Authorization (any Proxy-*)", (b) -> b.allowedHeaders("Proxy-Authorization"),
						Kind.FORBIDDEN_REQUEST_HEADER, "allowed-headers[0]", set),
				forbidden("Access-Control-Request-Method", (b) -> b.allowedHeaders("Access-Control-Request-Method"),
						Kind.FORBIDDEN_REQUEST_HEADER, "allowed-headers[0]", set),
				forbidden("Access-Control-Request-Private-Network (Chromium)",
						(b) -> b.allowedHeaders("access-control-request-private-network"), Kind.FORBIDDEN_REQUEST_HEADER,
						"allowed-headers[0]", set),
				forbidden("Set-Cookie exposed", (b) -> b.exposedHeaders("ETag", "Set-Cookie"),
						Kind.FORBIDDEN_RESPONSE_HEADER, "exposed-headers[1]", read),
				forbidden("set-cookie2 exposed", (b) -> b.exposedHeaders("set-cookie2"), Kind.FORBIDDEN_RESPONSE_HEADER,
						"exposed-headers[0]", read),
				forbidden("Access-Control-Allow-Origin exposed", (b) -> b.exposedHeaders("Access-Control-Allow-Origin"),
						Kind.CORS_PROTOCOL_HEADER_EXPOSED, "exposed-headers[0]", "remove it"),
				forbidden("ACCESS-CONTROL-REQUEST-HEADERS exposed",
						(b) -> b.exposedHeaders("ACCESS-CONTROL-REQUEST-HEADERS"), Kind.CORS_PROTOCOL_HEADER_EXPOSED,
						"exposed-headers[0]", "remove it"));
	}

	@ParameterizedTest
	@MethodSource
	void aNameThatOnlyLooksForbiddenIsAccepted(UnaryOperator<CorsPolicy.Builder> configure) {
		CorsPolicy policy = configure.apply(CorsPolicy.builder().allowedOrigins(APP)).build();
		assertThat(policy.warnings()).isEmpty();
	}

	static Stream<Arguments> aNameThatOnlyLooksForbiddenIsAccepted() {
		return Stream.of(argumentSet("a method that starts like one", (UnaryOperator<CorsPolicy.Builder>) (b) -> b
			.allowedMethods("CONNECTX", "TRACKING", "PATCH")),
				argumentSet("headers without the hyphen of Sec-* or Proxy-*",
						(UnaryOperator<CorsPolicy.Builder>) (b) -> b.allowedHeaders("Secret", "Proxy", "X-Sec-Token")),
				argumentSet("request headers that contain a forbidden name",
						(UnaryOperator<CorsPolicy.Builder>) (b) -> b.allowedHeaders("X-Host", "Cookie-Consent",
								"Access-Control-Allow-Anything")),
				argumentSet("'*' for headers and methods",
						(UnaryOperator<CorsPolicy.Builder>) (b) -> b.allowedHeaders("*").allowedMethods("*").exposedHeaders("*")),
				argumentSet("a request-only header exposed, and a response header that is not Set-Cookie",
						(UnaryOperator<CorsPolicy.Builder>) (b) -> b.exposedHeaders("Cookie", "Set-Cookie-Policy", "ETag")));
	}

	@ParameterizedTest
	@MethodSource
	void aMethodOverrideHeaderIsAWarningThatNamesTheAllowedMethods(String header) {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowedHeaders(header).build();
		assertThat(policy.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.kind()).isEqualTo(Kind.METHOD_OVERRIDE_HEADER);
			assertThat(warning.references()).isEqualTo(List.of(CorsSetting.ALLOWED_METHODS));
			assertThat(warning.fix()).isEqualTo("remove it, unless the server checks the method it names against"
					+ " allowed-methods");
		});
	}

	static Stream<String> aMethodOverrideHeaderIsAWarningThatNamesTheAllowedMethods() {
		return Stream.of("X-HTTP-Method", "x-http-method-override", "X-Method-Override");
	}

	private static Arguments forbidden(String description, UnaryOperator<CorsPolicy.Builder> configure, Kind kind,
			String key, String fixSays) {
		return argumentSet(description, configure, kind, key, fixSays);
	}

}
