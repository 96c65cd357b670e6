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
		// no line says * here: lists would have answered
		List<String> present = new ArrayList<>();
		existingLines.forEach((line) -> present.addAll(elements(line)));
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
		return everyName(existingLines, headerNames, false);
	}

	/**
	 * Whether the lines list each of the names exactly once, or say {@code *}: what a response
	 * whose {@code Vary} needs no folding looks like. Allocates nothing.
	 * @param existingLines the {@code Vary} lines the response has, perhaps none
	 * @param headerNames the names needed, comma-separated
	 */
	public static boolean listsOnce(Iterable<String> existingLines, String headerNames) {
		return everyName(existingLines, headerNames, true);
	}

	/** Whether the lines list each name of {@code names} at least once, or exactly once. */
	private static boolean everyName(Iterable<String> lines, String names, boolean once) {
		int start = 0;
		while (start < names.length()) {
			int end = elementEnd(names, start);
			int from = skipSpaces(names, start, end);
			int to = trimEnd(names, from, end);
			if (from < to) {
				int count = count(lines, names, from, to);
				if (once ? count != 1 : count == 0) {
					return false;
				}
			}
			start = end + 1;
		}
		return true;
	}

	/**
	 * The names of the lines, each once (case-insensitively, the first spelling kept), in order; only
	 * {@code *} when a line says {@code *}.
	 */
	public static String distinct(Iterable<String> existingLines) {
		List<String> names = new ArrayList<>();
		for (String line : existingLines) {
			for (String name : elements(line)) {
				if (name.equals("*")) {
					return "*";
				}
				if (names.stream().noneMatch(name::equalsIgnoreCase)) {
					names.add(name);
				}
			}
		}
		return String.join(", ", names);
	}

	/** How many times the lines list the name; {@code 1} when a line says {@code *}. */
	private static int count(Iterable<String> lines, String names, int from, int to) {
		int count = 0;
		for (String line : lines) {
			int start = 0;
			while (start < line.length()) {
				int end = elementEnd(line, start);
				int elementFrom = skipSpaces(line, start, end);
				int length = trimEnd(line, elementFrom, end) - elementFrom;
				if (length == 1 && line.charAt(elementFrom) == '*') {
					return 1;
				}
				if (length == to - from && line.regionMatches(true, elementFrom, names, from, length)) {
					count++;
				}
				start = end + 1;
			}
		}
		return count;
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
