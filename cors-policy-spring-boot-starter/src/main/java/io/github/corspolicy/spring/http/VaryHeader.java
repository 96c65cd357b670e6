package io.github.corspolicy.spring.http;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Merges the {@code Vary} names a decision needs with the {@code Vary} lines a response already
 * has, whatever the web stack: no name twice (case-insensitively), nothing after {@code *}.
 */
public final class VaryHeader {

	private VaryHeader() {
	}

	/**
	 * The names to add as a new {@code Vary} line.
	 * @param existingLines the {@code Vary} lines the response has, perhaps none
	 * @param headerNames the names needed, comma-separated
	 * @return the names of {@code headerNames} that no line lists, comma-separated; empty when every
	 * one is listed, or when a line says {@code *}
	 */
	public static String missing(Iterable<String> existingLines, String headerNames) {
		List<String> present = new ArrayList<>();
		existingLines.forEach((line) -> present.addAll(elements(line)));
		if (present.contains("*")) {
			return "";
		}
		return elements(headerNames).stream()
			.filter((name) -> present.stream().noneMatch(name::equalsIgnoreCase))
			.collect(Collectors.joining(", "));
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
