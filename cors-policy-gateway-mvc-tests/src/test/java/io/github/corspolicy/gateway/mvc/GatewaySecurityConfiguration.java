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
package io.github.corspolicy.gateway.mvc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.corspolicy.sample.contract.SampleContract;

/**
 * The gateway checks the samples' bearer token on every path, as a gateway in front of services
 * does; nothing here is about CORS, and no rule permits {@code OPTIONS}.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

	@Bean
	SecurityFilterChain gatewaySecurity(HttpSecurity http) {
		return http
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new BearerTokenFilter(SampleContract.TOKEN), AnonymousAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				response.sendError(HttpStatus.UNAUTHORIZED.value(), "A valid bearer token is required");
			}))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.build();
	}

	/** Authenticates a request whose {@code Authorization} carries the token; others stay anonymous. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private static final String PREFIX = "Bearer ";

		private final byte[] token;

		BearerTokenFilter(String token) {
			this.token = token.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String authorization = request.getHeader("Authorization");
			if (authorization != null && authorization.startsWith(PREFIX)
					&& MessageDigest.isEqual(this.token, authorization.substring(PREFIX.length()).getBytes(StandardCharsets.UTF_8))) {
				SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
					.authenticated("gateway-user", null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
			}
			chain.doFilter(request, response);
		}

	}

}
