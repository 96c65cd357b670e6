package io.github.corspolicy.spring.servlet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.github.corspolicy.core.HeaderSink;

/**
 * Writes a decision's headers to a servlet response, merging {@code Vary} with what is there.
 */
final class ServletHeaderSink implements HeaderSink {

	private final HttpServletResponse response;

	ServletHeaderSink(HttpServletResponse response) {
		this.response = response;
	}

	@Override
	public void setHeader(String name, String value) {
		this.response.setHeader(name, value);
	}

	@Override
	public void addVary(String headerNames) {
		Collection<String> existing = this.response.getHeaders("Vary");
		List<String> missing = new ArrayList<>(4);
		for (String name : headerNames.split(", ")) {
			if (!contains(existing, name)) {
				missing.add(name);
			}
		}
		if (!missing.isEmpty()) {
			this.response.addHeader("Vary", String.join(", ", missing));
		}
	}

	private static boolean contains(Collection<String> varyLines, String name) {
		for (String line : varyLines) {
			for (String element : line.split(",")) {
				String trimmed = element.trim();
				if (trimmed.equals("*") || trimmed.equalsIgnoreCase(name)) {
					return true;
				}
			}
		}
		return false;
	}

}
