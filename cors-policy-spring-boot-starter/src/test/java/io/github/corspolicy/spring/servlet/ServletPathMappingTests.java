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
 * With {@code spring.mvc.servlet.path}, mapping patterns match the path within the servlet
 * mapping, as {@code @RequestMapping} does: {@code /api/v1/**} covers {@code /mvc/api/v1/...}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.mvc.servlet.path=/mvc",
		"cors.allowed-origins=https://app.example.com",
		"cors.mappings[0].name=v1",
		"cors.mappings[0].path-patterns=/api/v1/**",
		"cors.mappings[0].allowed-origins=https://v1.example.com" })
class ServletPathMappingTests {

	private static final String TOP_LEVEL_ORIGIN = "https://app.example.com";

	private static final String MAPPING_ORIGIN = "https://v1.example.com";

	@LocalServerPort
	private int port;

	/**
	 * Paths under the servlet path, with the status of a GET to an endpoint and to one that throws.
	 * Spring Security's firewall refuses some with 400; Spring MVC cannot map others (500): either
	 * way the answer carries the headers of the mapping, not of the top-level policy.
	 */
	static Stream<Arguments> pathsUnderTheServletPath() {
		return Stream.of(
				Arguments.argumentSet("the plain path", "/mvc/api/v1/credits/balance", 200, 500),
				Arguments.argumentSet("a path parameter on the servlet path", "/mvc;jsessionid=1/api/v1/credits/balance",
						500, 500),
				Arguments.argumentSet("a path parameter inside the mapping's path", "/mvc/api/v1;x=1/credits/balance",
						400, 400),
				Arguments.argumentSet("an encoded servlet path", "/%6dvc/api/v1/credits/balance", 500, 500),
				Arguments.argumentSet("a dot-dot segment inside the servlet path", "/mvc/api/public/../v1/credits/balance",
						400, 400));
	}

	@ParameterizedTest
	@MethodSource("pathsUnderTheServletPath")
	void mappingAppliesWithinTheServletPath(String path, int status, int errorStatus) throws Exception {
		RawHttp.Response allowed = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + MAPPING_ORIGIN);
		assertThat(allowed.status()).as(allowed.body()).isEqualTo(status);
		assertThat(allowed.header("Access-Control-Allow-Origin")).containsExactly(MAPPING_ORIGIN);
		RawHttp.Response refused = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + TOP_LEVEL_ORIGIN);
		assertThat(refused.status()).isEqualTo(status);
		assertThat(refused.hasCorsHeaders()).as(refused.headers().toString()).isFalse();
	}

	@ParameterizedTest
	@MethodSource("pathsUnderTheServletPath")
	void preflightGetsTheMappingsAnswerWithinTheServletPath(String path, int status, int errorStatus)
			throws Exception {
		RawHttp.Response refused = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1",
				"Origin: " + TOP_LEVEL_ORIGIN, "Access-Control-Request-Method: GET");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.hasCorsHeaders()).isFalse();
		RawHttp.Response accepted = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1",
				"Origin: " + MAPPING_ORIGIN, "Access-Control-Request-Method: GET");
		assertThat(accepted.status()).isEqualTo(204);
		assertThat(accepted.header("Access-Control-Allow-Origin")).containsExactly(MAPPING_ORIGIN);
	}

	@ParameterizedTest
	@MethodSource("pathsUnderTheServletPath")
	void errorDispatchKeepsTheMappingWithinTheServletPath(String path, int status, int errorStatus) throws Exception {
		String boom = path.replace("credits/balance", "boom");
		RawHttp.Response refused = RawHttp.send(this.port, "GET " + boom + " HTTP/1.1", "Origin: " + TOP_LEVEL_ORIGIN);
		assertThat(refused.status()).as(refused.body()).isEqualTo(errorStatus);
		assertThat(refused.hasCorsHeaders()).as(refused.headers().toString()).isFalse();
		RawHttp.Response allowed = RawHttp.send(this.port, "GET " + boom + " HTTP/1.1", "Origin: " + MAPPING_ORIGIN);
		assertThat(allowed.header("Access-Control-Allow-Origin")).containsExactly(MAPPING_ORIGIN);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Endpoints.class)
	static class TestApplication {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

	}

	@RestController
	static class Endpoints {

		@GetMapping("/api/v1/credits/balance")
		String balance() {
			return "42";
		}

		@GetMapping("/api/v1/boom")
		String boom() {
			throw new IllegalStateException("controller failed");
		}

	}

}
