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
package io.github.corspolicy.sample.reactive.api;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every response an {@code X-Request-ID}: the caller's, when it is a plain identifier, or a
 * new one. The servlet sample's {@code RequestIdFilter} as a {@link WebFilter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // before Spring Security's WebFilterChainProxy (-100), so that a 401 carries it too
class RequestIdWebFilter implements WebFilter {

	static final String HEADER = "X-Request-ID";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String requested = exchange.getRequest().getHeaders().getFirst(HEADER);
		String id = (requested != null && SAFE_ID.matcher(requested).matches()) ? requested
				: UUID.randomUUID().toString();
		exchange.getResponse().getHeaders().set(HEADER, id);
		return chain.filter(exchange);
	}

}
