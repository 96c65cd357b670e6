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
package io.github.corspolicy.spring.actuate;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics and the {@code cors} endpoint after real HTTP requests through the filter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"cors.allowed-origins=https://app.example.com", "cors.allowed-origin-patterns=https://*.preview.example.com",
		"cors.allow-credentials=true", "cors.allowed-methods=GET,POST,PUT", "cors.allowed-headers=Authorization",
		"cors.exposed-headers=ETag", "cors.max-age=600", "cors.mappings[0].name=public",
		"cors.mappings[0].path-patterns=/public/**", "cors.mappings[0].allowed-origins=*",
		"cors.mappings[0].allow-credentials=false", "management.endpoints.web.exposure.include=cors,metrics" })
class CorsObservabilityIntegrationTests {

	private final HttpClient client = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry registry;

	@Test
	void countsEachDecisionByKindOutcomeReasonAndMapping() throws Exception {
		double allowedBefore = count("actual", "allowed", "none", "default");
		double methodBefore = count("preflight", "rejected", "method_not_allowed", "default");
		double publicBefore = count("actual", "allowed", "none", "public");
		send("GET", "/api/items", "Origin", "https://app.example.com");
		send("GET", "/api/items", "Origin", "https://app.example.com");
		send("OPTIONS", "/api/items", "Origin", "https://app.example.com", "Access-Control-Request-Method", "DELETE");
		send("GET", "/public/items", "Origin", "https://anyone.example.org");
		send("GET", "/api/items");
		assertThat(count("actual", "allowed", "none", "default")).isEqualTo(allowedBefore + 2);
		assertThat(count("preflight", "rejected", "method_not_allowed", "default")).isEqualTo(methodBefore + 1);
		assertThat(count("actual", "allowed", "none", "public")).isEqualTo(publicBefore + 1);
	}

	@Test
	void thousandsOfJunkOriginsAddNoMeter() throws Exception {
		send("GET", "/api/items", "Origin", "https://warm-up.example.net");
		int meters = this.registry.find("cors.requests").meters().size();
		double rejectedBefore = count("actual", "rejected", "origin_not_allowed", "default");
		for (int i = 0; i < 2000; i++) {
			send("GET", "/api/items", "Origin", "https://junk-" + i + ".attacker.example");
		}
		assertThat(this.registry.find("cors.requests").meters()).hasSize(meters);
		assertThat(meters).isEqualTo(2 * 2 * 6);
		assertThat(count("actual", "rejected", "origin_not_allowed", "default")).isEqualTo(rejectedBefore + 2000);
	}

	@Test
	void endpointShowsEachMappingInTheVocabularyOfTheProperties() throws Exception {
		HttpResponse<String> response = send("GET", "/actuator/cors");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		JsonNode publicMapping = body.get("mappings").get(0);
		assertThat(publicMapping.get("name").asString()).isEqualTo("public");
		assertThat(publicMapping.get("propertyPrefix").asString()).isEqualTo("cors.mappings[0].");
		assertThat(publicMapping.get("policy").get("allowed-origins").get(0).asString()).isEqualTo("*");
		assertThat(publicMapping.get("policy").path("allowed-origin-patterns").isEmpty())
			.as("the public mapping allows any origin: it shows no inherited pattern").isTrue();
		JsonNode defaultPolicy = body.get("mappings").get(1).get("policy");
		assertThat(defaultPolicy.get("allowed-origin-patterns").get(0).asString())
			.isEqualTo("https://*.preview.example.com");
		assertThat(defaultPolicy.get("max-age").asLong()).isEqualTo(600);
		assertThat(body.get("warnings").isArray()).isTrue();
	}

	@Test
	void metricsEndpointShowsTheCounter() throws Exception {
		send("GET", "/api/items", "Origin", "https://app.example.com");
		HttpResponse<String> response = send("GET", "/actuator/metrics/cors.requests");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"kind\"", "\"outcome\"", "\"reason\"", "\"mapping\"");
	}

	static Stream<Arguments> calls() {
		return Stream.of(Arguments.of("allowed origin, allowed method and header", "https://app.example.com", "PUT",
				"authorization", "/api/items", true),
				Arguments.of("allowed origin, method not allowed", "https://app.example.com", "DELETE", null, "/api/items", true),
				Arguments.of("allowed origin, header not allowed", "https://app.example.com", "GET", "x-debug", "/api/items", true),
				Arguments.of("origin by pattern", "https://pr-42.preview.example.com", "POST", null, "/api/items", false),
				Arguments.of("origin by pattern, preflighted", "https://pr-42.preview.example.com", "PUT", null, "/api/items", true),
				Arguments.of("apex of the pattern", "https://preview.example.com", "GET", null, "/api/items", false),
				Arguments.of("apex of the pattern, preflighted", "https://preview.example.com", "PUT", null, "/api/items", true),
				Arguments.of("origin not allowed", "https://evil.example.com", "GET", null, "/api/items", false),
				Arguments.of("origin not allowed, preflighted", "https://evil.example.com", "DELETE", null, "/api/items", true),
				Arguments.of("malformed origin", "https://app.example.com/", "GET", null, "/api/items", false),
				Arguments.of("malformed origin, preflighted", "https://app.example.com/", "PUT", null, "/api/items", true),
				Arguments.of("safelisted header only", "https://app.example.com", "GET", "accept", "/api/items", false),
				Arguments.of("public mapping", "https://anyone.example.org", "PUT", "x-anything", "/public/items", true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void checkAgreesWithTheFilter(String description, String origin, String method, String requestHeaders, String path,
			boolean preflighted) throws Exception {
		JsonNode check = this.json.readTree(send("GET", "/actuator/cors?" + query(Map.of("origin", origin, "method",
				method, "path", path, "requestHeaders", (requestHeaders != null) ? requestHeaders : ""))).body());
		if (preflighted) {
			HttpResponse<String> preflight = (requestHeaders != null)
					? send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", method,
							"Access-Control-Request-Headers", requestHeaders)
					: send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", method);
			assertThat(check.get("preflight").get("status").asInt()).isEqualTo(preflight.statusCode());
			assertThat(headers(check.get("preflight").get("headers"))).isEqualTo(corsHeaders(preflight));
		}
		else {
			assertThat(check.path("preflight").isObject()).as("a browser sends no preflight here").isFalse();
		}
		HttpResponse<String> actual = send(method, path, "Origin", origin);
		assertThat(headers(check.get("actual").get("headers"))).isEqualTo(corsHeaders(actual));
		assertThat(check.get("actual").get("outcome").asString())
			.isEqualTo(corsHeaders(actual).containsKey("access-control-allow-origin") ? "ACTUAL_ACCEPTED"
					: "ACTUAL_ORIGIN_NOT_ALLOWED");
	}

	@Test
	void checkExplainsARejectionByPropertyName() throws Exception {
		JsonNode check = this.json.readTree(send("GET", "/actuator/cors?origin=https://evil.example.com&path=/api/items").body());
		assertThat(check.get("mapping").asString()).isEqualTo("default");
		assertThat(check.get("actual").get("reason").asString()).isEqualTo("origin_not_allowed");
		assertThat(check.get("actual").get("explanation").asString()).contains("'https://evil.example.com'",
				"cors.allowed-origins (1 origin)", "cors.allowed-origin-patterns (1 pattern)");
	}

	private double count(String kind, String outcome, String reason, String mapping) {
		RequiredSearch search = this.registry.get("cors.requests")
			.tags("kind", kind, "outcome", outcome, "reason", reason, "mapping", mapping);
		return search.counter().count();
	}

	private static String query(Map<String, String> parameters) {
		return parameters.entrySet().stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static Map<String, String> headers(JsonNode node) {
		Map<String, String> headers = new TreeMap<>();
		node.properties().forEach((entry) -> headers.put(entry.getKey().toLowerCase(), entry.getValue().asString()));
		headers.remove("vary");
		return headers;
	}

	private static Map<String, String> corsHeaders(HttpResponse<?> response) {
		Map<String, String> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (name.toLowerCase().startsWith("access-control-")) {
				headers.put(name.toLowerCase(), String.join(", ", values));
			}
		});
		return headers;
	}

	private HttpResponse<String> send(String method, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ItemsController.class)
	static class TestApplication {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		SecurityFilterChain openSecurity(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

	}

	@RestController
	static class ItemsController {

		@RequestMapping({ "/api/items", "/public/items" })
		String items() {
			return "items";
		}

	}

}
