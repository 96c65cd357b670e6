package io.github.corspolicy.sample.security.reactive;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a request that needs the token with {@code WWW-Authenticate: Bearer} and a 401 that Boot's
 * {@code ErrorWebExceptionHandler} renders, so that the body is Boot's error body, as the servlet
 * sample's {@code sendError(401)} gets it from the error page.
 */
public final class BearerTokenEntryPoint implements ServerAuthenticationEntryPoint {

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED, "A valid bearer token is required"));
	}

}
