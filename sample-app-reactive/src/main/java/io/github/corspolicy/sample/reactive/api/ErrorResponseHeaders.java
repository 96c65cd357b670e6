package io.github.corspolicy.sample.reactive.api;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Writes the headers an error contributes ({@code Allow} on a 405, {@code Accept} on a 415) and
 * hands the error on to Boot's {@code ErrorWebExceptionHandler}, which renders the body but drops
 * them (spring-boot#18831). The servlet sample's error responses carry them, and RFC 9110 requires
 * {@code Allow} on a 405.
 */
@Component
@Order(-2) // before Boot's ErrorWebExceptionHandler (-1)
class ErrorResponseHeaders implements WebExceptionHandler {

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (ex instanceof ErrorResponse error && !exchange.getResponse().isCommitted()) {
			exchange.getResponse().getHeaders().putAll(error.getHeaders());
		}
		return Mono.error(ex);
	}

}
