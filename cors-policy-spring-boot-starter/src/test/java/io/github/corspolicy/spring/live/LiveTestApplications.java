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
package io.github.corspolicy.spring.live;

import java.time.Duration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applications of the live origin tests, one per web stack: the same in-memory source, the same
 * handler, Spring Security open to all with {@code cors()} on, so that its CORS adapter takes part.
 */
final class LiveTestApplications {

	/** The profile whose properties both applications run with: application-live-origins.properties. */
	static final String PROFILE = "live-origins";

	private LiveTestApplications() {
	}

	/** The source, polled every half second besides its change signals. */
	@Configuration(proxyBeanMethods = false)
	static class Source {

		@Bean
		InMemoryOriginSource memoryOriginSource() {
			return new InMemoryOriginSource("memory", true, Duration.ofMillis(500));
		}

	}

	@RestController
	static class Items {

		@GetMapping({ "/api/items", "/partners/items" })
		String items() {
			return "items";
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ Source.class, Items.class })
	static class Servlet {

		@Bean
		SecurityFilterChain openChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.cors(Customizer.withDefaults())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ Source.class, Items.class })
	static class Reactive {

		/** The properties that make a test run this application on Netty. */
		static final String[] ON_NETTY = { "spring.main.web-application-type=reactive",
				"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive."
						+ "TomcatReactiveWebServerAutoConfiguration" };

		@Bean
		SecurityWebFilterChain openChain(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
				.cors(Customizer.withDefaults())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

	}

}
