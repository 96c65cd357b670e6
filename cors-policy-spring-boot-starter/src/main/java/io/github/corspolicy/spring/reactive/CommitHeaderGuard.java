package io.github.corspolicy.spring.reactive;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.http.CorsHeaders;

/**
 * Runs as the response commits, whoever commits it: a handler, Spring Security, an application
 * {@code WebFilter}, or Boot's {@code ErrorWebExceptionHandler}, which writes to the exchange's
 * original response after the filter chain has failed. For a request with an {@code Origin} it
 * removes every {@code Access-Control-*} value written downstream ({@code @CrossOrigin}, a
 * {@code CorsWebFilter}, {@code addCorsMappings}, {@code ServerHttpSecurity.cors()}, a hand-written
 * header); then it writes the policy's headers again and merges {@code Vary}, so that a response
 * carries exactly one of each, with the policy's values, even after a downstream header reset.
 */
final class CommitHeaderGuard implements Supplier<Mono<Void>> {

	private final HttpHeaders headers;

	private final CorsDecision decision;

	private final CorsRequest request;

	CommitHeaderGuard(HttpHeaders headers, CorsDecision decision, CorsRequest request) {
		this.headers = headers;
		this.decision = decision;
		this.request = request;
	}

	@Override
	public Mono<Void> get() {
		if (this.request.origin() != null) {
			removeCorsHeaders();
		}
		this.decision.writeHeaders(this.request, new ReactiveHeaderSink(this.headers));
		return Mono.empty();
	}

	private void removeCorsHeaders() {
		List<String> written = this.headers.headerNames().stream().filter(CorsHeaders::isCorsHeader).toList();
		written.forEach(this.headers::remove);
	}

}
