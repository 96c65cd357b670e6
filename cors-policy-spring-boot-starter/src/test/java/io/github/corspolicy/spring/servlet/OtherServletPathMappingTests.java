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

import java.io.IOException;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the {@code DispatcherServlet}'s servlet path is taken off before mapping patterns are matched:
 * a request to another servlet mapped to a path (here a console at {@code /h2-console/*}, as the H2
 * console is) is matched on its path within the application, so {@code /h2-console/**} covers it
 * and a pattern meant for the {@code DispatcherServlet}'s paths does not.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.mvc.servlet.path=/mvc",
		"cors.allowed-origins=https://app.example.com",
		"cors.mappings[0].name=console",
		"cors.mappings[0].path-patterns=/h2-console/**",
		"cors.mappings[0].allowed-origins=https://console.example.com",
		"cors.mappings[1].name=api",
		"cors.mappings[1].path-patterns=/api/**",
		"cors.mappings[1].allowed-origins=https://api.example.com" })
class OtherServletPathMappingTests {

	/**
	 * Paths, the origin their mapping allows, and the status of a GET (Spring Security's firewall
	 * refuses a path that is not normalised with 400, on its error page, under the same mapping).
	 */
	static Stream<Arguments> pathsAndTheOriginTheirMappingAllows() {
		return Stream.of(
				Arguments.argumentSet("the console's page", "/h2-console/login.do", "https://console.example.com", 200),
				Arguments.argumentSet("the console's root", "/h2-console/", "https://console.example.com", 200),
				Arguments.argumentSet("a console path that looks like the API", "/h2-console/api/users",
						"https://console.example.com", 200),
				Arguments.argumentSet("the console's page, spelled with a dot-dot segment",
						"/h2-console/x/../login.do", "https://console.example.com", 400),
				Arguments.argumentSet("the API, within the DispatcherServlet's path", "/mvc/api/users",
						"https://api.example.com", 200),
				Arguments.argumentSet("the DispatcherServlet's other paths", "/mvc/hello", "https://app.example.com",
						200));
	}

	static Stream<String> origins() {
		return Stream.of("https://console.example.com", "https://api.example.com", "https://app.example.com");
	}

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@MethodSource("pathsAndTheOriginTheirMappingAllows")
	void eachRequestGetsTheMappingOfItsPathWithinTheApplication(String path, String allowed, int status)
			throws Exception {
		for (String origin : origins().toList()) {
			RawHttp.Response response = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + origin);
			assertThat(response.status()).as(response.body()).isEqualTo(status);
			if (origin.equals(allowed)) {
				assertThat(response.header("Access-Control-Allow-Origin")).as(origin).containsExactly(origin);
			}
			else {
				assertThat(response.hasCorsHeaders()).as(origin + " " + response.headers()).isFalse();
			}
		}
	}

	@ParameterizedTest
	@MethodSource("pathsAndTheOriginTheirMappingAllows")
	void preflightsGetTheMappingOfTheirPathWithinTheApplication(String path, String allowed, int status)
			throws Exception {
		for (String origin : origins().toList()) {
			RawHttp.Response response = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1", "Origin: " + origin,
					"Access-Control-Request-Method: GET");
			assertThat(response.status()).as(origin + " " + response.body()).isEqualTo(origin.equals(allowed) ? 204 : 403);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Endpoints.class)
	static class TestApplication {

		@Bean
		ServletRegistrationBean<ConsoleServlet> consoleServlet() {
			ServletRegistrationBean<ConsoleServlet> registration = new ServletRegistrationBean<>(new ConsoleServlet(),
					"/h2-console/*");
			registration.setName("h2Console");
			return registration;
		}

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

	}

	/** Answers every GET, as a console would its pages. */
	static final class ConsoleServlet extends HttpServlet {

		private static final long serialVersionUID = 1L;

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setContentType("text/plain");
			response.getWriter().write("console " + request.getPathInfo());
		}

	}

	@RestController
	static class Endpoints {

		@GetMapping({ "/api/users", "/hello" })
		String hello() {
			return "hello";
		}

	}

}
