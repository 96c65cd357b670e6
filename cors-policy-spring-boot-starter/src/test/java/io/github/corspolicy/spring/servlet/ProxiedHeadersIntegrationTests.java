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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * What a proxy in the application does to the response, as Spring Cloud Gateway Server MVC does
 * when it copies the upstream's headers with {@code addHeader} and {@code setHeader}: the
 * upstream's {@code Vary} is merged with the policy's, no name twice, and the upstream's
 * {@code Access-Control-*} headers never reach the client, with or without {@code Origin}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"cors.allowed-origins=https://app.example.com", "cors.allow-credentials=true" })
class ProxiedHeadersIntegrationTests {

	private static final String ALLOWED = "https://app.example.com";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	static Stream<Arguments> varyCopies() {
		return Stream.of(argumentSet("setHeader(Vary, Accept-Encoding) keeps Origin", "set-accept-encoding",
				List.of("origin", "accept-encoding")),
				argumentSet("addHeader(Vary, Origin) adds no second Origin", "add-origin-and-accept-encoding",
						List.of("origin", "accept-encoding")),
				argumentSet("addHeader(Vary, origin, Accept-Encoding) in another case", "add-lower-case-list",
						List.of("origin", "accept-encoding")),
				argumentSet("setHeader(Vary, Origin) then addHeader(Vary, Origin)", "set-then-add-origin",
						List.of("origin")),
				argumentSet("setHeader(Vary, *) varies on everything", "set-star", List.of("*")));
	}

	@ParameterizedTest
	@MethodSource("varyCopies")
	void upstreamVaryIsMergedWithThePolicysWithoutDuplicates(String copy, List<String> vary) throws Exception {
		for (String origin : new String[] { ALLOWED, "https://evil.example.com", null }) {
			HttpResponse<String> response = get("/proxy/" + copy, origin);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(varyElements(response)).as("Vary for Origin %s", origin).containsExactlyInAnyOrderElementsOf(vary);
		}
	}

	static Stream<Arguments> origins() {
		return Stream.of(argumentSet("an allowed origin: the policy's headers only", ALLOWED, List.of(ALLOWED)),
				argumentSet("a refused origin: none", "https://evil.example.com", List.of()),
				argumentSet("no Origin: none, the upstream's removed too", null, List.of()));
	}

	@ParameterizedTest
	@MethodSource("origins")
	void upstreamCorsHeadersNeverReachTheClient(String origin, List<String> allowOrigin) throws Exception {
		HttpResponse<String> response = get("/proxy/conflicting", origin);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).isEqualTo(allowOrigin);
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).isEmpty();
		assertThat(response.headers().allValues("Access-Control-Allow-Credentials"))
			.isEqualTo(allowOrigin.isEmpty() ? List.of() : List.of("true"));
		assertThat(response.headers().firstValue("X-Upstream")).hasValue("kept");
	}

	private HttpResponse<String> get(String path, String origin) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (origin != null) {
			request.header("Origin", origin);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> varyElements(HttpResponse<String> response) {
		return response.headers()
			.allValues("Vary")
			.stream()
			.flatMap((line) -> Stream.of(line.split(",")))
			.map((name) -> name.trim().toLowerCase(Locale.ROOT))
			.filter((name) -> !name.isEmpty())
			.toList();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ProxyController.class)
	static class TestApplication {

		@Bean
		SecurityFilterChain permitAll(HttpSecurity http) {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

	/** Copies headers into the response the ways a proxy does. */
	@RestController
	static class ProxyController {

		private static final Map<String, Consumer<HttpServletResponse>> COPIES = Map.of(
				"set-accept-encoding", (response) -> response.setHeader("Vary", "Accept-Encoding"),
				"add-origin-and-accept-encoding", (response) -> {
					response.addHeader("Vary", "Origin");
					response.addHeader("Vary", "Accept-Encoding");
				}, "add-lower-case-list", (response) -> response.addHeader("vary", "origin, Accept-Encoding"),
				"set-then-add-origin", (response) -> {
					response.setHeader("Vary", "Origin");
					response.addHeader("Vary", "Origin");
				}, "set-star", (response) -> response.setHeader("Vary", "*"),
				"conflicting", (response) -> {
					response.addHeader("Access-Control-Allow-Origin", "*");
					response.setHeader("Access-Control-Allow-Credentials", "false");
					response.addHeader("Access-Control-Expose-Headers", "X-Upstream");
					response.addHeader("X-Upstream", "kept");
				});

		@GetMapping("/proxy/{copy}")
		String copy(@PathVariable String copy, HttpServletResponse response) {
			COPIES.get(copy).accept(response);
			return "proxied";
		}

	}

}
