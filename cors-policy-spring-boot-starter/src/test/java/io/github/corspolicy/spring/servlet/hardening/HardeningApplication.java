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
package io.github.corspolicy.spring.servlet.hardening;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A small API behind the starter's filter, as an application has it: routes under
 * {@code /api/v1} and {@code /api/public}, one that fails (so that Boot's error dispatch answers),
 * an {@code X-Request-ID} filter and Spring Security's filter chain (its firewall included), with
 * the policy of {@code application-hardening.properties}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(HardeningApplication.Api.class)
class HardeningApplication {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	/** Before Spring Security, so that every answer carries it, as in the sample. */
	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@RestController
	static class Api {

		@GetMapping({ "/api/v1/credits/balance", "/api/v1/jobs/overview", "/api/v1/users/me/profiles" })
		Map<String, Object> data() {
			return Map.of("value", 42);
		}

		@GetMapping("/api/public/ping")
		String ping() {
			return "pong";
		}

		@GetMapping("/api/v1/fail")
		String fail() {
			throw new IllegalStateException("This route fails on purpose");
		}

	}

	/** Echoes a plain {@code X-Request-ID}, or gives a new one. */
	static class RequestIdFilter extends OncePerRequestFilter {

		private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String requested = request.getHeader("X-Request-ID");
			String id = (requested != null && SAFE_ID.matcher(requested).matches()) ? requested
					: UUID.randomUUID().toString();
			response.setHeader("X-Request-ID", id);
			chain.doFilter(request, response);
		}

	}

}
