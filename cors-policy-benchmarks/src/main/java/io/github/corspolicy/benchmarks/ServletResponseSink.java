package io.github.corspolicy.benchmarks;

import jakarta.servlet.http.HttpServletResponse;

import io.github.corspolicy.core.HeaderSink;

/**
 * Writes headers to a servlet response as the starter does, minus its merge with a {@code Vary}
 * already there: a new response has none.
 */
final class ServletResponseSink implements HeaderSink {

	private final HttpServletResponse response;

	ServletResponseSink(HttpServletResponse response) {
		this.response = response;
	}

	@Override
	public void setHeader(String name, String value) {
		this.response.setHeader(name, value);
	}

	@Override
	public void addVary(String headerNames) {
		this.response.addHeader("Vary", headerNames);
	}

}
