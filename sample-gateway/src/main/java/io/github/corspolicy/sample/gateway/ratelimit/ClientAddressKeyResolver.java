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
