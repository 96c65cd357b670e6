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

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;

import io.github.corspolicy.spring.servlet.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reactive filter over real HTTP on Netty, in a secured application that also has
 * {@code @CrossOrigin}, a {@code CorsWebFilter}, {@code addCorsMappings} and
 * {@code ServerHttpSecurity.cors()}, each allowing any origin, and a rate limiter that writes its
 * own {@code Access-Control-Allow-Origin: *}: preflights never meet authentication, every response
 * to an allowed origin carries exactly the policy's headers whatever answered it, and a disallowed
 * origin gets none.
 */
@SpringBootTest(classes = ReactiveTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive",
				"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive."
						+ "TomcatReactiveWebServerAutoConfiguration",
				"cors.allowed-origins=https://app.example.com", "cors.allow-credentials=true",
				"cors.allowed-methods=GET,POST,PUT", "cors.allowed-headers=Authorization,Content-Type",
				"cors.exposed-headers=ETag" })
class CorsPolicyWebFilterIntegrationTests {

	private static final String APP = "https://app.example.com";

	private static final String EVIL = "https://evil.example";

	private static final String BASIC_USER = "Authorization: Basic "
			+ Base64.getEncoder().encodeToString("user:secret".getBytes());

	@LocalServerPort
	private int port;

	@Autowired
	private ReactiveWebServerApplicationContext context;

	/** Every way a response gets written downstream, with its status. */
	static Stream<Arguments> responses() {
		return Stream.of(
				Arguments.argumentSet("200 from a handler", "/api/public/hello", null, 200),
				Arguments.argumentSet("401 from Spring Security", "/api/private", null, 401),
				Arguments.argumentSet("403 from Spring Security", "/api/admin/report", BASIC_USER, 403),
				Arguments.argumentSet("404 with no handler", "/api/public/missing", null, 404),
				Arguments.argumentSet("404 from a ResponseStatusException", "/api/public/gone", null, 404),
				Arguments.argumentSet("403 from a ResponseStatusException", "/api/public/forbidden", null, 403),
				Arguments.argumentSet("429 from an application WebFilter", "/api/public/limited", null, 429),
				Arguments.argumentSet("500 from an unhandled exception", "/api/public/boom", null, 500),
				Arguments.argumentSet("500 from an error signalled after the handler started", "/api/public/late", null,
						500));
	}

	@Test
	void runsOnNetty() {
		assertThat(this.context.getWebServer().getClass().getSimpleName()).isEqualTo("NettyWebServer");
	}

	@ParameterizedTest
	@MethodSource("responses")
	void responseToAnAllowedOriginCarriesExactlyThePolicysHeaders(String path, String header, int status)
			throws Exception {
		RawHttp.Response response = get(path, APP, header);
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(response.header("Access-Control-Allow-Credentials")).containsExactly("true");
		assertThat(response.header("Access-Control-Expose-Headers")).containsExactly("ETag");
		assertThat(corsHeaders(response)).containsOnlyKeys("access-control-allow-origin",
				"access-control-allow-credentials", "access-control-expose-headers");
		assertThat(String.join(",", response.header("Vary"))).contains("Origin");
	}

	@ParameterizedTest
	@MethodSource("responses")
	void responseToADisallowedOriginCarriesNoCorsHeader(String path, String header, int status) throws Exception {
		RawHttp.Response response = get(path, EVIL, header);
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.hasCorsHeaders()).as(response.headers().toString()).isFalse();
		assertThat(String.join(",", response.header("Vary"))).contains("Origin");
	}

	@ParameterizedTest
	@MethodSource("responses")
	void responseWithoutAnOriginVariesOnOrigin(String path, String header, int status) throws Exception {
		RawHttp.Response response = (header != null)
				? RawHttp.send(this.port, "GET " + path + " HTTP/1.1", header)
				: RawHttp.send(this.port, "GET " + path + " HTTP/1.1");
		assertThat(response.status()).isEqualTo(status);
		assertThat(String.join(",", response.header("Vary"))).contains("Origin");
	}

	@Test
	void preflightToAProtectedRouteIsAnsweredWithoutAToken() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "OPTIONS /api/private HTTP/1.1", "Origin: " + APP,
				"Access-Control-Request-Method: PUT", "Access-Control-Request-Headers: authorization, content-type");
		assertThat(response.status()).as(response.body()).isEqualTo(204);
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(response.header("Access-Control-Allow-Credentials")).containsExactly("true");
		assertThat(response.header("Access-Control-Allow-Methods")).containsExactly("GET, POST, PUT");
		assertThat(response.header("Access-Control-Allow-Headers")).containsExactly("authorization, content-type");
		assertThat(response.header("WWW-Authenticate")).isEmpty();
		assertThat(String.join(",", response.header("Vary"))).contains("Origin", "Access-Control-Request-Method");
	}

	@Test
	void rejectedPreflightIs403WithTheReasonAndNoCorsHeaders() throws Exception {
		RawHttp.Response origin = RawHttp.send(this.port, "OPTIONS /api/private HTTP/1.1", "Origin: " + EVIL,
				"Access-Control-Request-Method: GET");
		assertThat(origin.status()).isEqualTo(403);
		assertThat(origin.body()).isEqualTo("CORS preflight rejected: origin_not_allowed\n");
		assertThat(origin.hasCorsHeaders()).as(origin.headers().toString()).isFalse();
		assertThat(origin.header("WWW-Authenticate")).isEmpty();
		RawHttp.Response method = RawHttp.send(this.port, "OPTIONS /api/private HTTP/1.1", "Origin: " + APP,
				"Access-Control-Request-Method: DELETE");
		assertThat(method.status()).isEqualTo(403);
		assertThat(method.body()).startsWith("CORS preflight rejected: ").doesNotContain("origin_not_allowed");
		assertThat(method.header("Content-Type")).containsExactly("text/plain;charset=UTF-8");
	}

	@Test
	void responseWhoseBodyHadStartedWhenItFailedCarriesThePolicysHeaders() throws Exception {
		RawHttp.Response response = get("/api/public/stream", APP, null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(response.header("Access-Control-Allow-Credentials")).containsExactly("true");
	}

	private RawHttp.Response get(String path, String origin, String header) throws Exception {
		return (header != null) ? RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + origin, header)
				: RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + origin);
	}

	private static Map<String, List<String>> corsHeaders(RawHttp.Response response) {
		return response.headers().entrySet().stream()
			.filter((entry) -> entry.getKey().startsWith("access-control-"))
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
