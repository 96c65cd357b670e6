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

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile: origins only from FRONTEND_ORIGINS and ALLOW_ORIGINS_REGEX, never localhost, and
 * a credential-free public mapping.
 */
@ActiveProfiles("prod")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"FRONTEND_ORIGINS=https://app.example.com,https://admin.example.com",
		"ALLOW_ORIGINS_REGEX=https://pr-[0-9]{1,5}\\.preview\\.example\\.com" })
class SampleProdProfileTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void originsComeFromTheEnvironment() throws Exception {
		assertThat(preflight("https://admin.example.com").statusCode()).isEqualTo(204);
		assertThat(preflight("https://pr-42.preview.example.com").statusCode()).isEqualTo(204);
	}

	@Test
	void localhostIsNotAllowedInProduction() throws Exception {
		assertThat(preflight("http://localhost:3000").statusCode()).isEqualTo(403);
	}

	@Test
	void publicEndpointsAreReadableByAnySiteWithoutCredentials() throws Exception {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/api/public/ping"))
			.header("Origin", "https://any-site.example.org")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
		assertThat(response.headers().allValues("Access-Control-Allow-Credentials")).isEmpty();
	}

	private HttpResponse<String> preflight(String origin) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri("/api/v1/credits/balance"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "authorization")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
