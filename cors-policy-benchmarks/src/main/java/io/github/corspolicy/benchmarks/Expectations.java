package io.github.corspolicy.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;

import io.github.corspolicy.core.CorsDecision.Outcome;
import io.github.corspolicy.core.CorsPolicy;

/**
 * Checks, before measuring, that each engine decides as the benchmark's name says: a benchmark of
 * an allowed request that is in fact rejected would measure the wrong path.
 */
final class Expectations {

	private Expectations() {
	}

	static void core(CorsPolicy policy, Exchange exchange, Outcome expected) {
		Outcome actual = policy.evaluate(exchange.core()).outcome();
		if (actual != expected) {
			throw new IllegalStateException("core: expected " + expected + " but was " + actual + " for " + exchange);
		}
	}

	/**
	 * @param allowOrigin the expected {@code Access-Control-Allow-Origin}, {@code null} for none
	 * @param accepted what {@code processRequest} is expected to return
	 */
	static void spring(CorsProcessor processor, CorsConfiguration configuration, Exchange exchange,
			@Nullable String allowOrigin, boolean accepted) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		boolean result;
		try {
			result = processor.processRequest(configuration, exchange.servlet(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String header = response.getHeader("Access-Control-Allow-Origin");
		boolean sameHeader = (allowOrigin != null) ? allowOrigin.equals(header) : header == null;
		if (result != accepted || !sameHeader) {
			throw new IllegalStateException("spring: expected " + accepted + "/" + allowOrigin + " but was " + result
					+ "/" + header + " for " + exchange);
		}
	}

}
