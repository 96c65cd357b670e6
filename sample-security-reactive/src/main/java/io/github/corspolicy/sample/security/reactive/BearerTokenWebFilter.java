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
package io.github.corspolicy.sample.security.reactive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Authenticates a request whose {@code Authorization} header carries the demo token. Any other
 * request stays anonymous and meets the entry point's 401 where a token is required; a wrong token
 * is no error of its own, so that public routes answer as they do without one (as in the servlet
 * sample).
 */
public final class BearerTokenWebFilter implements WebFilter {

	private static final String PREFIX = "Bearer ";

	private final byte[] token;

	public BearerTokenWebFilter(String token) {
		this.token = token.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.startsWith(PREFIX) && matches(authorization.substring(PREFIX.length()))) {
			return chain.filter(exchange)
				.contextWrite(ReactiveSecurityContextHolder.withAuthentication(UsernamePasswordAuthenticationToken
					.authenticated("demo-user", null, List.of(new SimpleGrantedAuthority("ROLE_USER")))));
		}
		return chain.filter(exchange);
	}

	private boolean matches(String presented) {
		// constant time, so the token cannot be guessed byte by byte
		return MessageDigest.isEqual(this.token, presented.getBytes(StandardCharsets.UTF_8));
	}

}
