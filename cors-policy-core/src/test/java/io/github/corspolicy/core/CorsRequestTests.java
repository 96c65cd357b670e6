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

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The builder makes the same requests as the constructors and factories it stands in for, so that
 * callers can move to it and keep compiling when a request field is added.
 */
class CorsRequestTests {

	private static final String APP = "https://app.example.com";

	static Stream<Arguments> requests() {
		return Stream.of(
				argumentSet("a request without CORS headers", CorsRequest.builder("GET").build(),
						new CorsRequest("GET", null, null, null, null)),
				argumentSet("an actual request", CorsRequest.builder("POST").origin(APP).build(),
						CorsRequest.actual("POST", APP)),
				argumentSet("a preflight", CorsRequest.builder("OPTIONS")
					.origin(APP)
					.accessControlRequestMethod("PUT")
					.accessControlRequestHeaders("authorization")
					.build(), CorsRequest.preflight(APP, "PUT", "authorization")),
				argumentSet("a private network preflight from the server's own origin", CorsRequest.builder("OPTIONS")
					.origin(APP)
					.accessControlRequestMethod("GET")
					.accessControlRequestPrivateNetwork("true")
					.serverOrigin(APP)
					.build(), new CorsRequest("OPTIONS", APP, "GET", null, "true", APP)));
	}

	@ParameterizedTest
	@MethodSource("requests")
	void theBuilderMakesTheRequestTheConstructorsMake(CorsRequest built, CorsRequest constructed) {
		assertThat(built).isEqualTo(constructed);
	}

	@Test
	void aBuiltPreflightIsTakenForOneAndItsServerOriginForSameOrigin() {
		CorsRequest request = CorsRequest.builder("OPTIONS")
			.origin(APP)
			.accessControlRequestMethod("GET")
			.accessControlRequestPrivateNetwork("true")
			.serverOrigin(APP)
			.build();
		assertThat(request.isPreflight()).isTrue();
		assertThat(request.isSameOrigin()).isTrue();
		assertThat(request.requestsPrivateNetwork()).isTrue();
	}

}
