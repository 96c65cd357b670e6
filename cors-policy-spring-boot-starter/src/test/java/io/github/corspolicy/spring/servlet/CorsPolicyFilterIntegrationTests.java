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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter in a real embedded server, in front of Spring Security, an application filter and
 * Spring MVC, checked over real HTTP: the container's error dispatch runs as in production.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"cors.allowed-origins=https://app.example.com",
		"cors.allow-credentials=true",
		"cors.allowed-methods=GET,POST,PUT,DELETE",
		"cors.allowed-headers=Authorization,Content-Type",
		"cors.exposed-headers=X-Request-ID",
		"cors.max-age=3600",
		"cors.mappings[0].path-patterns=/internal/**",
		"cors.mappings[0].enabled=false",
		"cors.mappings[1].path-patterns=/public/**",
		"cors.mappings[1].allowed-origins=*",
		"cors.mappings[1].allow-credentials=false" })
@ExtendWith(OutputCaptureExtension.class)
class CorsPolicyFilterIntegrationTests {

	private static final String ALLOWED = "https://app.example.com";

	private static final String USER = basic("user", "password");

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void preflightToAProtectedRouteIsAnsweredBeforeAuthentication() throws Exception {
		HttpResponse<String> response = send("OPTIONS", "/api/hello", "Origin", ALLOWED,
				"Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "authorization,content-type");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly(ALLOWED);
		assertThat(header(response, "Access-Control-Allow-Credentials")).containsExactly("true");
		assertThat(header(response, "Access-Control-Allow-Methods")).containsExactly("GET, POST, PUT, DELETE");
		assertThat(header(response, "Access-Control-Allow-Headers")).containsExactly("authorization, content-type");
		assertThat(header(response, "Access-Control-Max-Age")).containsExactly("3600");
		assertThat(String.join(",", header(response, "Vary"))).contains("Origin", "Access-Control-Request-Method",
				"Access-Control-Request-Headers");
		assertThat(header(response, "WWW-Authenticate")).isEmpty();
	}

	@Test
	void preflightFromAnOriginThatIsNotAllowedIsRejectedWith403AndNoCorsHeaders() throws Exception {
		HttpResponse<String> response = send("OPTIONS", "/api/hello", "Origin", "https://evil.example.com",
				"Access-Control-Request-Method", "GET");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(corsHeaders(response)).isEmpty();
		assertThat(response.body()).isEqualTo("CORS preflight rejected: origin_not_allowed\n");
	}

	@Test
	void preflightAskingForAMethodThatIsNotAllowedIsRejected() throws Exception {
		HttpResponse<String> response = send("OPTIONS", "/api/hello", "Origin", ALLOWED,
				"Access-Control-Request-Method", "PATCH");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("method_not_allowed");
	}

	static Stream<Arguments> errorResponses() {
		return Stream.of(
				Arguments.of("401 from Spring Security without credentials", "GET", "/api/hello", null, 401),
				Arguments.of("403 from Spring Security for a missing role", "GET", "/api/admin", USER, 403),
				Arguments.of("404 through Boot's /error", "GET", "/api/missing", USER, 404),
				Arguments.of("405 for an unsupported method", "DELETE", "/api/hello", USER, 405),
				Arguments.of("429 written by an application filter", "GET", "/api/limited", USER, 429),
				Arguments.of("401 written by an application filter", "GET", "/api/token-expired", USER, 401),
				Arguments.of("500 from a controller exception", "GET", "/api/boom", USER, 500),
				Arguments.of("500 from an exception thrown by a filter", "GET", "/api/filter-boom", USER, 500),
				Arguments.of("409 after response.reset() downstream", "GET", "/api/reset", USER, 409),
				Arguments.of("503 from sendError downstream", "GET", "/api/unavailable", USER, 503));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errorResponses")
	void errorResponsesKeepTheirCorsHeaders(String description, String method, String path, String authorization,
			int status) throws Exception {
		HttpResponse<String> response = (authorization != null)
				? send(method, path, "Origin", ALLOWED, "Authorization", authorization)
				: send(method, path, "Origin", ALLOWED);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly(ALLOWED);
		assertThat(header(response, "Access-Control-Allow-Credentials")).containsExactly("true");
		assertThat(header(response, "Access-Control-Expose-Headers")).containsExactly("X-Request-ID");
		assertThat(String.join(",", header(response, "Vary"))).contains("Origin");
	}

	@Test
	void allowedActualRequestGetsItsCorsHeadersOnce() throws Exception {
		HttpResponse<String> response = send("GET", "/api/hello", "Origin", ALLOWED, "Authorization", USER);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("hello");
		assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly(ALLOWED);
		assertThat(header(response, "Vary").stream().filter((v) -> v.contains("Origin"))).hasSize(1);
	}

	@Test
	void originThatIsNotAllowedGetsTheApplicationsStatusAndNoCorsHeaders() throws Exception {
		HttpResponse<String> response = send("GET", "/api/hello", "Origin", "https://evil.example.com",
				"Authorization", USER);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(corsHeaders(response)).isEmpty();
		assertThat(String.join(",", header(response, "Vary"))).contains("Origin");
	}

	@Test
	void requestWithoutOriginVariesOnOrigin() throws Exception {
		HttpResponse<String> response = send("GET", "/api/hello", "Authorization", USER);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(corsHeaders(response)).isEmpty();
		assertThat(String.join(",", header(response, "Vary"))).contains("Origin");
	}

	@Test
	void sameOriginRequestWithAnOriginHeaderIsNotCrossOrigin(CapturedOutput output) throws Exception {
		HttpResponse<String> response = send("POST", "/api/same-origin", "Origin", "http://localhost:" + this.port,
				"Authorization", USER);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(corsHeaders(response)).isEmpty();
		assertThat(output).doesNotContain("/api/same-origin");
	}

	@Test
	void crossOriginAnnotationAndHttpCorsDoNotAddASecondAllowOrigin() throws Exception {
		HttpResponse<String> response = send("GET", "/api/cross-origin", "Origin", ALLOWED, "Authorization", USER);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly(ALLOWED);
	}

	@Test
	void originAllowedOnlyByCrossOriginAnnotationGetsNoCorsHeaders() throws Exception {
		HttpResponse<String> response = send("GET", "/api/cross-origin", "Origin", "https://other.example.com",
				"Authorization", USER);
		assertThat(header(response, "Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void originAllowedOnlyByAddCorsMappingsGetsNoCorsHeaders() throws Exception {
		HttpResponse<String> response = send("GET", "/api/mvc-mapped", "Origin", "https://other.example.com",
				"Authorization", USER);
		assertThat(header(response, "Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void disabledMappingLeavesPreflightsToTheApplication() throws Exception {
		HttpResponse<String> response = send("OPTIONS", "/internal/status", "Origin", ALLOWED,
				"Access-Control-Request-Method", "GET");
		// not our 204: here Spring Security's own CorsFilter (http.cors()) answers, without CORS headers
		assertThat(response.statusCode()).isNotEqualTo(204);
		assertThat(header(response, "Access-Control-Allow-Origin")).isEmpty();
		assertThat(header(response, "Vary")).noneMatch((v) -> v.contains("Access-Control-Request-Method"));
	}

	@Test
	void mappingWithItsOwnPolicyAppliesToItsPaths() throws Exception {
		HttpResponse<String> response = send("GET", "/public/ping", "Origin", "https://anyone.example.org");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly("*");
		assertThat(header(response, "Access-Control-Allow-Credentials")).isEmpty();
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

	private static List<String> header(HttpResponse<?> response, String name) {
		return response.headers().allValues(name);
	}

	private static List<String> corsHeaders(HttpResponse<?> response) {
		return response.headers().map().keySet().stream()
			.filter((name) -> name.toLowerCase().startsWith("access-control-"))
			.toList();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(TestController.class)
	static class TestApplication implements WebMvcConfigurer {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests
					.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
					.requestMatchers("/public/**").permitAll()
					.requestMatchers("/api/admin").hasRole("ADMIN")
					.anyRequest().authenticated())
				.httpBasic(Customizer.withDefaults())
				.cors(Customizer.withDefaults())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(User.withUsername("user").password("{noop}password").roles("USER").build());
		}

		@Bean
		OncePerRequestFilter misbehavingApplicationFilter() {
			return new OncePerRequestFilter() {

				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					switch (request.getRequestURI()) {
						case "/api/limited" -> response.setStatus(429);
						case "/api/token-expired" -> {
							response.setStatus(401);
							response.getWriter().write("token expired");
						}
						case "/api/filter-boom" -> throw new IllegalStateException("filter failed");
						default -> chain.doFilter(request, response);
					}
				}

			};
		}

		@Override
		public void addCorsMappings(CorsRegistry registry) {
			registry.addMapping("/api/mvc-mapped").allowedOrigins("https://other.example.com");
		}

	}

	@RestController
	static class TestController {

		@RequestMapping(path = { "/api/hello", "/api/admin", "/api/mvc-mapped", "/api/same-origin", "/public/ping",
				"/internal/status" }, method = { RequestMethod.GET, RequestMethod.POST })
		String hello() {
			return "hello";
		}

		@CrossOrigin(origins = "https://other.example.com")
		@GetMapping("/api/cross-origin")
		String crossOrigin() {
			return "cross-origin";
		}

		@GetMapping("/api/boom")
		String boom() {
			throw new IllegalStateException("controller failed");
		}

		@GetMapping("/api/reset")
		void reset(HttpServletResponse response) {
			response.setHeader("X-Before-Reset", "true");
			response.reset();
			response.setStatus(409);
		}

		@GetMapping("/api/unavailable")
		void unavailable(HttpServletResponse response) throws IOException {
			response.sendError(503);
		}

	}

}
