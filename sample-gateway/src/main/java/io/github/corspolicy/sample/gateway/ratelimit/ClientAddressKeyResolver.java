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
package io.github.corspolicy.sample.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Counts each client by the address its connection comes from. Headers such as
 * {@code X-Forwarded-For} are not read: a client could pick a new one for every request and never
 * be limited. Behind a proxy, every client would share the proxy's address; such a gateway needs a
 * resolver that trusts that proxy's header, or keys by the authenticated user.
 */
public final class ClientAddressKeyResolver implements KeyResolver {

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return Mono.empty(); // RequestRateLimiter denies an empty key (403)
		}
		return Mono.just((remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString());
	}

}
