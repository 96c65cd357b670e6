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
package io.github.corspolicy.spring.timing;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applications of the Timing-Allow-Origin tests, one per web stack, with handlers that write
 * their own {@code Timing-Allow-Origin: *}, as an application that wants its timing public, or a
 * gateway copying its upstream's headers, does; Spring Security open to all.
 */
final class TimingTestApplications {

	/** What the handlers that write the header write. */
	static final String OWN_VALUE = "*";

	private TimingTestApplications() {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Servlet {

		@Bean
		SecurityFilterChain openChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

		@RestController
		static class Handlers {

			@GetMapping({ "/api/hello", "/untimed/hello", "/public/hello" })
			String hello() {
				return "hello";
			}

			@GetMapping({ "/api/star", "/untimed/star", "/public/star" })
			String star(HttpServletResponse response) {
				response.setHeader("Timing-Allow-Origin", OWN_VALUE);
				return "star";
			}

			@GetMapping("/api/added")
			String added(HttpServletResponse response) {
				response.addHeader("timing-allow-origin", OWN_VALUE);
				response.addHeader("Timing-Allow-Origin", "https://evil.example");
				return "added";
			}

		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Reactive {

		@Bean
		SecurityWebFilterChain openChain(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

		@RestController
		static class Handlers {

			@GetMapping({ "/api/hello", "/untimed/hello", "/public/hello" })
			String hello() {
				return "hello";
			}

			@GetMapping({ "/api/star", "/untimed/star", "/public/star" })
			String star(ServerHttpResponse response) {
				response.getHeaders().set("Timing-Allow-Origin", OWN_VALUE);
				return "star";
			}

			@GetMapping("/api/added")
			String added(ServerHttpResponse response) {
				response.getHeaders().add("timing-allow-origin", OWN_VALUE);
				response.getHeaders().add("Timing-Allow-Origin", "https://evil.example");
				return "added";
			}

		}

	}

}
