package io.github.corspolicy.spring.reactive;

import java.util.List;

import org.springframework.http.HttpHeaders;

import io.github.corspolicy.core.HeaderSink;
import io.github.corspolicy.spring.http.VaryHeader;

/**
 * Writes a decision's headers to a reactive response's headers, merging {@code Vary} with what is
 * there as {@code ServletHeaderSink} does.
 */
public final class ReactiveHeaderSink implements HeaderSink {

	private final HttpHeaders headers;

	public ReactiveHeaderSink(HttpHeaders headers) {
		this.headers = headers;
	}

	@Override
	public void setHeader(String name, String value) {
		this.headers.set(name, value);
	}

	@Override
	public void addVary(String headerNames) {
		List<String> existing = this.headers.get(HttpHeaders.VARY);
		if (existing == null || existing.isEmpty()) {
			this.headers.set(HttpHeaders.VARY, headerNames);
			return;
		}
		String missing = VaryHeader.missing(existing, headerNames);
		if (!missing.isEmpty()) {
			this.headers.add(HttpHeaders.VARY, missing);
		}
	}

}
