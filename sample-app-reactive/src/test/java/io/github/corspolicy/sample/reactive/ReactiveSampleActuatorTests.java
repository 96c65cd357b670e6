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
package io.github.corspolicy.sample.reactive;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.SampleHttp;

import static io.github.corspolicy.sample.contract.SampleContract.BEARER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator's exposure rules of the servlet sample: health is public; every other endpoint
 * appears only when exposed, and behind the token.
 */
class ReactiveSampleActuatorTests {

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.front-end.enabled=false")
	class ByDefault {

		@LocalServerPort
		int port;

		@ParameterizedTest
		@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
		void healthIsPublic(String path) throws Exception {
			HttpResponse<String> response = new SampleHttp(this.port).get(path);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"");
		}

		@ParameterizedTest
		@ValueSource(strings = { "/actuator/cors", "/actuator/metrics", "/actuator/info", "/actuator/env" })
		void otherEndpointsAreNotExposed(String path) throws Exception {
			assertThat(new SampleHttp(this.port).get(path).statusCode()).isEqualTo(401);
			assertThat(new SampleHttp(this.port).get(path, "Authorization", BEARER).statusCode()).isEqualTo(404);
		}

		@Test
		void theIndexNeedsTheTokenAndListsHealthOnly() throws Exception {
			SampleHttp http = new SampleHttp(this.port);
			assertThat(http.get("/actuator").statusCode()).isEqualTo(401);
			HttpResponse<String> index = http.get("/actuator", "Authorization", BEARER);
			assertThat(index.statusCode()).isEqualTo(200);
			assertThat(index.body()).contains("\"health\"").doesNotContain("\"metrics\"");
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sample.front-end.enabled=false",
			"management.endpoints.web.exposure.include=health,cors,metrics" })
	class WhenExposed {

		@LocalServerPort
		int port;

		@ParameterizedTest
		@ValueSource(strings = { "/actuator/cors", "/actuator/metrics", "/actuator/metrics/jvm.threads.live" })
		void theyNeedTheToken(String path) throws Exception {
			HttpResponse<String> response = new SampleHttp(this.port).get(path);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
		}

		@Test
		void metricsAnswerWithTheToken() throws Exception {
			HttpResponse<String> response = new SampleHttp(this.port).get("/actuator/metrics/jvm.threads.live",
					"Authorization", BEARER);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"name\":\"jvm.threads.live\"");
		}

	}

}
