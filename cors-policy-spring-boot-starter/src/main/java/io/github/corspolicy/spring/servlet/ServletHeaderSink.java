package io.github.corspolicy.spring.servlet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.github.corspolicy.core.HeaderSink;

/**
 * Writes a decision's headers to a servlet response, merging {@code Vary} with what is there: the
 * counterpart of {@link ServletCorsRequests} on the response side.
 */
public final class ServletHeaderSink implements HeaderSink {

	private final HttpServletResponse response;

	public ServletHeaderSink(HttpServletResponse response) {
		this.response = response;
	}

	@Override
	public void setHeader(String name, String value) {
		this.response.setHeader(name, value);
	}

	@Override
	public void addVary(String headerNames) {
		Collection<String> existing = this.response.getHeaders("Vary");
		if (existing.isEmpty()) {
			this.response.setHeader("Vary", headerNames);
			return;
		}
		List<String> present = new ArrayList<>();
		existing.forEach((line) -> present.addAll(elements(line)));
		if (present.contains("*")) {
			return;
		}
		String missing = elements(headerNames).stream()
			.filter((name) -> present.stream().noneMatch(name::equalsIgnoreCase))
			.collect(Collectors.joining(", "));
		if (!missing.isEmpty()) {
			this.response.addHeader("Vary", missing);
		}
	}

	/** The trimmed, non-empty elements of a comma-separated header value. */
	private static List<String> elements(String list) {
		List<String> elements = new ArrayList<>(4);
		int start = 0;
		while (start <= list.length()) {
			int comma = list.indexOf(',', start);
			int end = (comma < 0) ? list.length() : comma;
			String element = list.substring(start, end).trim();
			if (!element.isEmpty()) {
				elements.add(element);
			}
			start = end + 1;
		}
		return elements;
	}

}
