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
package io.github.corspolicy.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's actuator: health is public; cors and metrics exist only when exposed, behind the token.
 */
class SampleActuatorTests {

	static HttpResponse<String> get(int port, String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.front-end.enabled=false")
	class ByDefault {

		@LocalServerPort
		int port;

		@Test
		void healthIsPublic() throws Exception {
			assertThat(get(this.port, "/actuator/health", null).statusCode()).isEqualTo(200);
		}

		@Test
		void corsEndpointIsNotExposed() throws Exception {
			assertThat(get(this.port, "/actuator/cors", "demo-token").statusCode()).isEqualTo(404);
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sample.front-end.enabled=false",
			"management.endpoints.web.exposure.include=health,cors,metrics" })
	class WhenExposed {

		@LocalServerPort
		int port;

		@Test
		void corsAndMetricsNeedTheToken() throws Exception {
			assertThat(get(this.port, "/actuator/cors", null).statusCode()).isEqualTo(401);
			assertThat(get(this.port, "/actuator/metrics/cors.requests", null).statusCode()).isEqualTo(401);
		}

		@Test
		void corsEndpointExplainsARejectedOrigin() throws Exception {
			HttpResponse<String> response = get(this.port,
					"/actuator/cors?origin=https://evil.example.com&method=GET&path=/api/v1/credits/balance", "demo-token");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"reason\":\"origin_not_allowed\"",
					"is not allowed by cors.allowed-origins (4 origins)");
		}

		@Test
		void metricsCountCorsRequests() throws Exception {
			HttpRequest fromFrontEnd = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/public/ping"))
				.header("Origin", "http://localhost:5173")
				.build();
			HttpClient.newHttpClient().send(fromFrontEnd, HttpResponse.BodyHandlers.discarding());
			HttpResponse<String> response = get(this.port,
					"/actuator/metrics/cors.requests?tag=kind:actual&tag=outcome:allowed&tag=mapping:default", "demo-token");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"name\":\"cors.requests\"", "{\"statistic\":\"COUNT\",\"value\":1.0}");
		}

	}

}
