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

import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
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
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which mapping a request gets under a context path, whatever spelling of its path it sends: the
 * mapping of the path the container routes (dot-segments removed, path parameters stripped,
 * decoded once), on the request dispatch and on the error dispatch alike. Sent over a raw socket,
 * since an HTTP client would normalise the path first.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"server.servlet.context-path=/app",
		"cors.allowed-origins=https://app.example.com",
		"cors.allow-credentials=true",
		"cors.mappings[0].name=public",
		"cors.mappings[0].path-patterns=/api/public/**",
		"cors.mappings[0].allowed-origins=*",
		"cors.mappings[0].allow-credentials=false",
		"cors.mappings[1].name=admin",
		"cors.mappings[1].path-patterns=/api/v1/admin/**",
		"cors.mappings[1].allowed-origins=https://admin.example.com" })
class MappingPathResolutionTests {

	private static final String EVIL = "https://evil.example";

	private static final String APP = "https://app.example.com";

	@LocalServerPort
	private int port;

	static Stream<Arguments> spellingsOfAProtectedPath() {
		return Stream.of(
				Arguments.argumentSet("the plain path", "/app/api/v1/credits/balance"),
				Arguments.argumentSet("a dot-dot segment", "/app/api/public/../v1/credits/balance"),
				Arguments.argumentSet("a dot-dot segment with a path parameter", "/app/api/public/..;/v1/credits/balance"),
				Arguments.argumentSet("a dot-dot segment with a named path parameter",
						"/app/api/public/..;jsessionid=x/v1/credits/balance"),
				Arguments.argumentSet("an encoded dot-dot segment", "/app/api/public/%2e%2e/v1/credits/balance"),
				Arguments.argumentSet("an upper-case, half-encoded dot-dot segment",
						"/app/api/public/.%2E/v1/credits/balance"),
				Arguments.argumentSet("a dot segment before a dot-dot segment", "/app/api/public/./../v1/credits/balance"),
				Arguments.argumentSet("a double slash before a dot-dot segment",
						"/app/api/public//../v1/credits/balance"),
				Arguments.argumentSet("a path parameter on the public segment",
						"/app/api/public;x=1/../v1/credits/balance"),
				Arguments.argumentSet("a path parameter on the context path",
						"/app;x=1/api/public/../v1/credits/balance"),
				Arguments.argumentSet("an encoded context path", "/%61pp/api/public/../v1/credits/balance"),
				Arguments.argumentSet("an encoded letter in the protected path", "/app/api/public/../v%31/credits/balance"));
	}

	@ParameterizedTest
	@MethodSource("spellingsOfAProtectedPath")
	void preflightToAProtectedPathIsRejectedHoweverItIsSpelled(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1", "Origin: " + EVIL,
				"Access-Control-Request-Method: GET");
		assertThat(response.status()).as(response.body()).isEqualTo(403);
		assertThat(response.hasCorsHeaders()).as(response.headers().toString()).isFalse();
		assertThat(response.body()).isEqualTo("CORS preflight rejected: origin_not_allowed\n");
	}

	@ParameterizedTest
	@MethodSource("spellingsOfAProtectedPath")
	void actualRequestToAProtectedPathGetsNoCorsHeadersHoweverItIsSpelled(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + EVIL);
		assertThat(response.status()).as(response.body()).isLessThan(500);
		assertThat(response.hasCorsHeaders()).as(response.headers().toString()).isFalse();
	}

	static Stream<Arguments> pathsTheContainerRefuses() {
		return Stream.of(
				Arguments.argumentSet("an encoded slash", "/app/api/public/..%2f..%2fv1/credits/balance"),
				Arguments.argumentSet("an encoded backslash", "/app/api/public/..%5cv1/credits/balance"),
				Arguments.argumentSet("a backslash", "/app/api/public/..\\v1/credits/balance"),
				Arguments.argumentSet("an encoded NUL", "/app/api/public/%00/../v1/credits/balance"),
				Arguments.argumentSet("a dot-dot segment above the root", "/app/api/public/../../../../v1/credits/balance"),
				Arguments.argumentSet("malformed percent-encoding", "/app/api/public/%zz/../v1/credits/balance"));
	}

	@ParameterizedTest
	@MethodSource("pathsTheContainerRefuses")
	void preflightToAPathThatCannotBeNormalisedNeverGetsThePublicAnswer(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1", "Origin: " + EVIL,
				"Access-Control-Request-Method: GET");
		assertThat(response.status()).as(response.body()).isBetween(400, 403);
		assertThat(response.hasCorsHeaders()).as(response.headers().toString()).isFalse();
	}

	static Stream<Arguments> spellingsOfAPublicPath() {
		return Stream.of(
				Arguments.argumentSet("the plain path", "/app/api/public/ping"),
				Arguments.argumentSet("an encoded context path", "/%61pp/api/public/ping"),
				Arguments.argumentSet("a dot-dot segment back into the public path",
						"/app/api/v1/../public/ping"),
				Arguments.argumentSet("a path parameter", "/app/api/public;v=1/ping"),
				Arguments.argumentSet("a double-encoded dot-dot segment, decoded once into a plain name",
						"/app/api/public/%252e%252e/v1/credits/balance"));
	}

	@ParameterizedTest
	@MethodSource("spellingsOfAPublicPath")
	void preflightToAPublicPathGetsThePublicAnswer(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1", "Origin: " + EVIL,
				"Access-Control-Request-Method: GET");
		assertThat(response.status()).isEqualTo(204);
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly("*");
	}

	static Stream<Arguments> errorsOnTheAdminPath() {
		return Stream.of(
				Arguments.argumentSet("a controller exception", "/app/api/v1/admin/boom", 500),
				Arguments.argumentSet("a controller exception, encoded context path", "/%61pp/api/v1/admin/boom", 500),
				Arguments.argumentSet("a firewall rejection of a path parameter on the context path",
						"/app;a=b/api/v1/admin/boom", 400),
				Arguments.argumentSet("a firewall rejection after a dot-dot attack", "/app/api/public/..;/v1/admin/boom",
						400),
				Arguments.argumentSet("a firewall rejection after an encoded dot-dot attack",
						"/%61pp/api/public/%2e%2e/v1/admin/boom", 400));
	}

	@ParameterizedTest
	@MethodSource("errorsOnTheAdminPath")
	void errorDispatchKeepsTheMappingOfTheRequest(String path, int status) throws Exception {
		RawHttp.Response refused = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + APP);
		assertThat(refused.status()).isEqualTo(status);
		assertThat(refused.hasCorsHeaders()).as(refused.headers().toString()).isFalse();
		RawHttp.Response allowed = RawHttp.send(this.port, "GET " + path + " HTTP/1.1",
				"Origin: https://admin.example.com");
		assertThat(allowed.status()).isEqualTo(status);
		assertThat(allowed.header("Access-Control-Allow-Origin")).containsExactly("https://admin.example.com");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Endpoints.class)
	static class TestApplication {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.anyRequest()
				.permitAll()).csrf((csrf) -> csrf.disable()).build();
		}

	}

	@RestController
	static class Endpoints {

		@GetMapping({ "/api/public/ping", "/api/v1/credits/balance" })
		String ok() {
			return "ok";
		}

		@GetMapping("/api/v1/admin/boom")
		String boom() {
			throw new IllegalStateException("controller failed");
		}

	}

}
