package io.github.corspolicy.spring.servlet;

import java.util.Collection;

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
		StringBuilder missing = new StringBuilder();
		int start = 0;
		while (start < headerNames.length()) {
			int comma = headerNames.indexOf(',', start);
			int end = (comma < 0) ? headerNames.length() : comma;
			String name = headerNames.substring(start, end).trim();
			if (!name.isEmpty() && !contains(existing, name)) {
				missing.append((missing.length() > 0) ? ", " : "").append(name);
			}
			start = end + 1;
		}
		if (missing.length() > 0) {
			this.response.addHeader("Vary", missing.toString());
		}
	}

	/** Whether a Vary line already names the header, or is {@code *}. */
	private static boolean contains(Collection<String> varyLines, String name) {
		for (String line : varyLines) {
			int start = 0;
			while (start <= line.length()) {
				int comma = line.indexOf(',', start);
				int end = (comma < 0) ? line.length() : comma;
				String element = line.substring(start, end).trim();
				if (element.equals("*") || element.equalsIgnoreCase(name)) {
					return true;
				}
				start = end + 1;
			}
		}
		return false;
	}

}
