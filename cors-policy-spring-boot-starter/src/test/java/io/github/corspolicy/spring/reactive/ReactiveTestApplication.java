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

import java.time.Duration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.config.CorsRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A secured WebFlux application with every other CORS mechanism a user might have left in place:
 * {@code @CrossOrigin}, a {@code CorsWebFilter}, {@code addCorsMappings} and
 * {@code ServerHttpSecurity.cors()}, each allowing any origin; and a rate limiter that answers 429.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ReactiveTestApplication.Endpoints.class)
class ReactiveTestApplication implements WebFluxConfigurer {

	/** The properties that make a test run this application on Netty. */
	static final String[] ON_NETTY = { "spring.main.web-application-type=reactive",
			"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive."
					+ "TomcatReactiveWebServerAutoConfiguration" };

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
		return http
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/api/public/**", "/error")
				.permitAll()
				.pathMatchers("/api/admin/**")
				.hasRole("ADMIN")
				.anyExchange()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			.cors(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	MapReactiveUserDetailsService users() {
		return new MapReactiveUserDetailsService(User.withUsername("user").password("{noop}secret").roles("USER").build());
	}

	@Bean
	CorsWebFilter corsWebFilter() {
		CorsConfiguration anyOrigin = new CorsConfiguration();
		anyOrigin.addAllowedOriginPattern("*");
		anyOrigin.addAllowedMethod("*");
		anyOrigin.addAllowedHeader("*");
		anyOrigin.addExposedHeader("X-Spring");
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", anyOrigin);
		return new CorsWebFilter(source);
	}

	@Bean
	WebFilter rateLimiter() {
		return (exchange, chain) -> {
			if (!exchange.getRequest().getPath().value().equals("/api/public/limited")) {
				return chain.filter(exchange);
			}
			exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
			exchange.getResponse().getHeaders().set("Access-Control-Allow-Origin", "*");
			return exchange.getResponse().setComplete();
		};
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/**").allowedOriginPatterns("*").allowedMethods("*").allowCredentials(true);
	}

	@RestController
	@CrossOrigin(originPatterns = "*", exposedHeaders = "X-Cross-Origin")
	static class Endpoints {

		@GetMapping({ "/api/private", "/api/admin/report", "/api/public/hello" })
		String hello() {
			return "hello";
		}

		@GetMapping("/api/public/boom")
		String boom() {
			throw new IllegalStateException("handler failed");
		}

		@GetMapping("/api/public/forbidden")
		String forbidden() {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "not for you");
		}

		@GetMapping("/api/public/gone")
		String gone() {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such item");
		}

		@GetMapping("/api/public/late")
		Mono<String> late() {
			return Mono.delay(Duration.ofMillis(20)).then(Mono.error(new IllegalStateException("failed later")));
		}

		@GetMapping("/api/public/stream")
		Flux<String> stream() {
			return Flux.just("first ", "second ")
				.concatWith(Mono.delay(Duration.ofMillis(50)).then(Mono.error(new IllegalStateException("mid-body"))));
		}

	}

}
