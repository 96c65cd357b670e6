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

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy ({@code server.forward-headers-strategy}), forwarded headers can make any origin
 * look like the server's own. An allowed origin still gets its CORS headers, so a cache keyed on
 * {@code Origin} never stores a copy without them; a refused origin still gets none, and only the
 * logs skip it. Run once per strategy by the subclasses.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ForwardedSameOriginTests {

	static final String PROPERTIES = "cors.allowed-origins=https://app.example.com";

	static final String LOG_EVERY_REJECTION = "logging.level.io.github.corspolicy.spring.listener.RejectionLogger=DEBUG";

	@LocalServerPort
	private int port;

	@Test
	void allowedOriginThatForwardedHeadersMakeSameOriginGetsItsCorsHeaders() throws Exception {
		RawHttp.Response response = get("/api/hello", "Origin: https://app.example.com",
				"X-Forwarded-Host: app.example.com", "X-Forwarded-Proto: https");
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly("https://app.example.com");
		assertThat(varyNames(response)).contains("Origin");
	}

	@Test
	void allowedOriginThatAForwardedHeaderMakesSameOriginGetsItsCorsHeaders() throws Exception {
		RawHttp.Response response = get("/api/hello", "Origin: https://app.example.com",
				"Forwarded: proto=https;host=app.example.com", "X-Forwarded-Host: app.example.com",
				"X-Forwarded-Proto: https");
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly("https://app.example.com");
		assertThat(varyNames(response)).contains("Origin");
	}

	@Test
	void refusedOriginClaimingSameOriginGetsNoCorsHeadersAndIsNotLogged(CapturedOutput output) throws Exception {
		RawHttp.Response response = get("/api/claimed", "Origin: https://evil.example",
				"X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.hasCorsHeaders()).isFalse();
		assertThat(varyNames(response)).contains("Origin");
		assertThat(output).doesNotContain("/api/claimed");
	}

	@Test
	void refusedCrossOriginRequestIsLogged(CapturedOutput output) throws Exception {
		RawHttp.Response response = get("/api/logged", "Origin: https://evil.example");
		assertThat(response.hasCorsHeaders()).isFalse();
		assertThat(output).contains("/api/logged");
	}

	private RawHttp.Response get(String path, String... headers) throws Exception {
		String[] lines = new String[headers.length + 1];
		lines[0] = "GET " + path + " HTTP/1.1";
		System.arraycopy(headers, 0, lines, 1, headers.length);
		return RawHttp.send(this.port, lines);
	}

	private static List<String> varyNames(RawHttp.Response response) {
		return response.header("Vary").stream().flatMap((v) -> List.of(v.split(",")).stream()).map(String::trim).toList();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Endpoints.class)
	static class TestApplication {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

	@RestController
	static class Endpoints {

		@GetMapping({ "/api/hello", "/api/claimed", "/api/logged" })
		String hello() {
			return "hello";
		}

	}

}
