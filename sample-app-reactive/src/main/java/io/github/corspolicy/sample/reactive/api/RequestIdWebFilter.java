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
