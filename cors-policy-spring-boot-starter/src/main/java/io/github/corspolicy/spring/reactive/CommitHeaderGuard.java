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
package io.github.corspolicy.spring.reactive;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.core.HeaderSink;
import io.github.corspolicy.spring.http.CorsHeaders;
import io.github.corspolicy.spring.http.VaryHeader;

/**
 * Runs as the response commits, whoever commits it: a handler, Spring Security, an application
 * {@code WebFilter}, or Boot's {@code ErrorWebExceptionHandler}, which writes to the exchange's
 * original response after the filter chain has failed. The filter wrote the policy's headers
 * before the chain ran; this checks that they are still there, each once with the policy's value,
 * with none of the other {@linkplain CorsHeaders#RESPONSE_HEADERS CORS response headers} beside
 * them (none at all for a request without {@code Origin}) and with {@code Vary} listing each of the policy's names once. When anything
 * downstream touched them
 * ({@code @CrossOrigin}, a {@code CorsWebFilter}, {@code addCorsMappings},
 * {@code ServerHttpSecurity.cors()}, a gateway copying its upstream's headers, a hand-written
 * header, a header reset) it removes every {@code Access-Control-*} value (and every
 * {@code Timing-Allow-Origin} one, when the policy sends that header: counted like the others, so
 * that an upstream's {@code Timing-Allow-Origin: *} never reaches a refused origin) and writes the policy's
 * again, folding {@code Vary} into one line that names each name once; so a response carries
 * exactly one of each, with the policy's values.
 * An untouched response, the common case, is left as it is.
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
		if (!intact()) {
			removeCorsHeaders();
			foldVary();
			this.decision.writeHeaders(this.request, new ReactiveHeaderSink(this.headers));
		}
		return Mono.empty();
	}

	private boolean intact() {
		IntactCheck check = new IntactCheck(this.headers);
		this.decision.writeHeaders(this.request, check);
		return check.intact && check.written == countCorsHeaders();
	}

	/**
	 * How many of the names a browser reads are on the response. One lookup per name: iterating
	 * the headers makes Spring build a case-insensitive set of every name on each response.
	 */
	private int countCorsHeaders() {
		List<String> names = CorsHeaders.responseHeaders(this.decision.ownsTimingAllowOrigin());
		int count = 0;
		for (int i = 0; i < names.size(); i++) {
			if (this.headers.containsHeader(names.get(i))) {
				count++;
			}
		}
		return count;
	}

	/** One {@code Vary} line naming each name once: a gateway appends its upstream's lines to ours. */
	private void foldVary() {
		List<String> lines = this.headers.get(HttpHeaders.VARY);
		if (lines != null && !lines.isEmpty()) {
			this.headers.set(HttpHeaders.VARY, VaryHeader.distinct(lines));
		}
	}

	private void removeCorsHeaders() {
		boolean timing = this.decision.ownsTimingAllowOrigin();
		List<String> written = this.headers.headerNames()
			.stream()
			.filter((name) -> CorsHeaders.isOwned(name, timing))
			.toList();
		written.forEach(this.headers::remove);
	}

	/**
	 * Replays the decision's headers against the response: intact while each is there once with
	 * the same value and {@code Vary} lists the decision's names.
	 */
	private static final class IntactCheck implements HeaderSink {

		private final HttpHeaders headers;

		private boolean intact = true;

		/** How many of the {@linkplain CorsHeaders#RESPONSE_HEADERS CORS response headers} the decision writes. */
		private int written;

		IntactCheck(HttpHeaders headers) {
			this.headers = headers;
		}

		@Override
		public void setHeader(String name, String value) {
			// the decision writes Timing-Allow-Origin only when its policy owns it
			if (CorsHeaders.RESPONSE_HEADERS_WITH_TIMING.contains(name)) {
				this.written++;
			}
			if (this.intact) {
				List<String> values = this.headers.get(name);
				this.intact = values != null && values.size() == 1 && value.equals(values.get(0));
			}
		}

		@Override
		public void addVary(String headerNames) {
			if (this.intact) {
				List<String> lines = this.headers.get(HttpHeaders.VARY);
				this.intact = lines != null && VaryHeader.listsOnce(lines, headerNames);
			}
		}

	}

}
