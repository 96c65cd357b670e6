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
package io.github.corspolicy.spring.management;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applications of the management port tests, one per web stack: Actuator on its own port,
 * Spring Security requiring authentication on every endpoint there (the {@code info} endpoint only
 * for admins) with {@code cors()} on, an endpoint that fails, and one application route.
 */
final class ManagementTestApplications {

	/** The user of the tests: authenticated, but no admin. */
	static final String USER = "user";

	static final String PASSWORD = "secret";

	private ManagementTestApplications() {
	}

	/** An endpoint whose read operation fails: a 500 on the management port. */
	@Endpoint(id = "boom")
	static class BoomEndpoint {

		@ReadOperation
		String boom() {
			throw new IllegalStateException("endpoint failed");
		}

	}

	@RestController
	static class Items {

		@GetMapping("/api/items")
		String items() {
			return "items";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(Items.class)
	static class Common {

		@Bean
		BoomEndpoint boomEndpoint() {
			return new BoomEndpoint();
		}

		static UserDetails user() {
			return User.withUsername(USER).password("{noop}" + PASSWORD).roles("USER").build();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Common.class)
	static class Servlet {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http
				.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("info"))
					.hasRole("ADMIN")
					.requestMatchers("/api/**", "/error")
					.permitAll()
					.anyRequest()
					.authenticated())
				.httpBasic(Customizer.withDefaults())
				.cors(Customizer.withDefaults())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(Common.user());
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Common.class)
	static class Reactive {

		/** The properties that make a test run this application on Netty. */
		static final String ON_NETTY = "spring.main.web-application-type=reactive";

		/** Tomcat's reactive server and its management context stay out: both stacks are on the test classpath. */
		static final String WITHOUT_TOMCAT = "spring.autoconfigure.exclude="
				+ "org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration,"
				+ "org.springframework.boot.tomcat.autoconfigure.actuate.web.server."
				+ "TomcatReactiveManagementContextAutoConfiguration";

		@Bean
		SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
			return http
				.authorizeExchange((exchanges) -> exchanges
					.matchers(org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest
						.to("info"))
					.hasRole("ADMIN")
					.pathMatchers("/api/**", "/error")
					.permitAll()
					.anyExchange()
					.authenticated())
				.httpBasic(Customizer.withDefaults())
				.cors(Customizer.withDefaults())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

		@Bean
		MapReactiveUserDetailsService users() {
			return new MapReactiveUserDetailsService(Common.user());
		}

	}

}
