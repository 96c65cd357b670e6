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
		if (lists(existingLines, headerNames)) {
			return "";
		}
		List<String> present = new ArrayList<>();
		existingLines.forEach((line) -> present.addAll(elements(line)));
		if (present.contains("*")) {
			return "";
		}
		return elements(headerNames).stream()
			.filter((name) -> present.stream().noneMatch(name::equalsIgnoreCase))
			.collect(Collectors.joining(", "));
	}

	/**
	 * Whether the lines already list every one of the names, or say {@code *}: the common case of
	 * a response that has been through the filter once, answered without allocating.
	 * @param existingLines the {@code Vary} lines the response has, perhaps none
	 * @param headerNames the names needed, comma-separated
	 */
	public static boolean lists(Iterable<String> existingLines, String headerNames) {
		int start = 0;
		while (start < headerNames.length()) {
			int end = elementEnd(headerNames, start);
			if (!listed(existingLines, headerNames, start, end)) {
				return false;
			}
			start = end + 1;
		}
		return true;
	}

	private static boolean listed(Iterable<String> lines, String names, int nameStart, int nameEnd) {
		int from = skipSpaces(names, nameStart, nameEnd);
		int to = trimEnd(names, from, nameEnd);
		if (from == to) {
			return true;
		}
		for (String line : lines) {
			if (lineLists(line, names, from, to)) {
				return true;
			}
		}
		return false;
	}

	private static boolean lineLists(String line, String names, int from, int to) {
		int start = 0;
		while (start < line.length()) {
			int end = elementEnd(line, start);
			int elementFrom = skipSpaces(line, start, end);
			int elementTo = trimEnd(line, elementFrom, end);
			int length = elementTo - elementFrom;
			if ((length == 1 && line.charAt(elementFrom) == '*')
					|| (length == to - from && line.regionMatches(true, elementFrom, names, from, length))) {
				return true;
			}
			start = end + 1;
		}
		return false;
	}

	private static int elementEnd(String list, int start) {
		int comma = list.indexOf(',', start);
		return (comma < 0) ? list.length() : comma;
	}

	private static int skipSpaces(String value, int from, int to) {
		int index = from;
		while (index < to && value.charAt(index) <= ' ') {
			index++;
		}
		return index;
	}

	private static int trimEnd(String value, int from, int to) {
		int index = to;
		while (index > from && value.charAt(index - 1) <= ' ') {
			index--;
		}
		return index;
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
