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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.spring.autoconfigure.InvalidCorsConfigurationException;
import io.github.corspolicy.test.CorsCheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Over real HTTP, a credentialed policy never echoes an origin of an unrelated site: a regex that
 * would match every site stops the application at start-up, and the recommended bounded regex
 * echoes only the application's own sites.
 */
@SpringBootTest(classes = CorsPolicyOriginBreadthIntegrationTests.TestApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cors.allowed-origin-regexes=https://[a-z0-9-]+\\\\.example\\\\.com",
				"cors.allowed-origin-patterns=https://*.myapp.github.io", "cors.allow-credentials=true" })
class CorsPolicyOriginBreadthIntegrationTests {

	private static final String ACAO = "Access-Control-Allow-Origin";

	@LocalServerPort
	private int port;

	@Test
	void aRegexMatchingEverySiteNeverServesEvilExampleWithCredentials() {
		Throwable failure = catchThrowable(() -> {
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TestApplication.class)
				.properties("server.port=0", "cors.allowed-origin-regexes=https://[a-z0-9.-]+",
						"cors.allow-credentials=true")
				.run()) {
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				BrowserResponse response = get(port, "https://evil.example");
				assertThat(response.values(ACAO)).as("Access-Control-Allow-Origin for evil.example").isEmpty();
			}
		});
		assertThat(failure).as("the start-up of a credentialed policy with https://[a-z0-9.-]+")
			.hasRootCauseInstanceOf(InvalidCorsConfigurationException.class)
			.rootCause()
			.hasMessageContaining("cors.allowed-origin-regexes[0]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example", "https://evilexample.com", "https://app.example.com.evil.example",
			"https://example.com", "https://evil.github.io", "http://app.example.com" })
	void theBoundedPolicyDoesNotEchoOtherSites(String origin) throws Exception {
		BrowserResponse response = get(this.port, origin);
		assertThat(response.values(ACAO)).isEmpty();
		assertThat(response.values("Access-Control-Allow-Credentials")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://app.example.com", "https://pr-12.example.com", "https://docs.myapp.github.io" })
	void theBoundedPolicyEchoesItsOwnSitesWithCredentials(String origin) throws Exception {
		BrowserResponse response = get(this.port, origin);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.values(ACAO)).containsExactly(origin);
		assertThat(response.values("Access-Control-Allow-Credentials")).containsExactly("true");
	}

	/** The response to a page's plain GET from the origin, as cors-policy-test's browser receives it. */
	private static BrowserResponse get(int port, String origin) {
		return CorsCheck.against(URI.create("http://localhost:" + port)).from(origin).get("/hello").run().actual().response();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

		@Bean
		HelloController helloController() {
			return new HelloController();
		}

	}

	@RestController
	static class HelloController {

		@GetMapping("/hello")
		String hello() {
			return "hello";
		}

	}

}
