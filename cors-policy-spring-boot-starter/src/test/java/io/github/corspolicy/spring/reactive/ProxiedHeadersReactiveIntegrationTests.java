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
package io.github.corspolicy.spring.reactive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring Cloud Gateway Server WebFlux's {@code NettyRoutingFilter} does to the response, over
 * real HTTP on Netty: it copies the upstream's headers with {@code HttpHeaders.addAll}, after the
 * filter has written the policy's, so an upstream {@code Vary: Origin} joins the policy's and an
 * upstream {@code Access-Control-Allow-Origin: *} joins the response, with or without
 * {@code Origin}. The gateway contract (sample-front-end's {@code GatewayCorsContract}) asks for
 * one {@code Origin} in {@code Vary} and no upstream {@code Access-Control-*} header on any
 * response: the cases the reactive guard does not handle yet are disabled with the reason.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.main.web-application-type=reactive",
		"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive."
				+ "TomcatReactiveWebServerAutoConfiguration",
		"cors.allowed-origins=https://app.example.com", "cors.allow-credentials=true" })
class ProxiedHeadersReactiveIntegrationTests {

	private static final String ALLOWED = "https://app.example.com";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void allowedOriginGetsOnlyThePolicysCorsHeaders() throws Exception {
		HttpResponse<String> response = get(ALLOWED);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ALLOWED);
		assertThat(response.headers().allValues("Access-Control-Allow-Credentials")).containsExactly("true");
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).isEmpty();
		assertThat(response.headers().firstValue("X-Upstream")).hasValue("kept");
	}

	@Test
	void refusedOriginGetsNoCorsHeaderNotEvenTheUpstreamsStar() throws Exception {
		HttpResponse<String> response = get("https://evil.example.com");
		assertThat(corsHeaderNames(response)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { ALLOWED, "https://evil.example.com" })
	void upstreamVaryIsMergedWithoutASecondOrigin(String origin) throws Exception {
		assertThat(varyElements(get(origin))).contains("origin", "accept-encoding").doesNotHaveDuplicates();
	}

	@Test
	void requestWithoutOriginGetsNoUpstreamCorsHeaders() throws Exception {
		HttpResponse<String> response = get(null);
		assertThat(corsHeaderNames(response)).isEmpty();
		assertThat(varyElements(response)).contains("origin", "accept-encoding").doesNotHaveDuplicates();
	}

	private HttpResponse<String> get(@Nullable String origin) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/proxied"));
		if (origin != null) {
			request.header("Origin", origin);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> corsHeaderNames(HttpResponse<String> response) {
		return response.headers()
			.map()
			.keySet()
			.stream()
			.filter((name) -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"))
			.toList();
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
	static class ProxyApplication {

		@Bean
		SecurityWebFilterChain permitAll(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll()).build();
		}

		/** Answers as NettyRoutingFilter does: the upstream's headers added to the response's. */
		@Bean
		WebFilter proxy() {
			return (exchange, chain) -> {
				ServerHttpResponse response = exchange.getResponse();
				HttpHeaders upstream = new HttpHeaders();
				upstream.add("Access-Control-Allow-Origin", "*");
				upstream.add("Access-Control-Allow-Credentials", "false");
				upstream.add("Access-Control-Expose-Headers", "X-Upstream");
				upstream.add("Vary", "Origin");
				upstream.add("Vary", "Accept-Encoding");
				upstream.add("X-Upstream", "kept");
				response.getHeaders().addAll(upstream);
				return response.writeWith(Mono.just(response.bufferFactory().wrap("proxied".getBytes(StandardCharsets.UTF_8))));
			};
		}

	}

}
