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
package io.github.corspolicy.doctor.report;

/**
 * Makes what a server sent safe to print: printable ASCII only, so no response can move the cursor
 * or forge a line of the report.
 */
final class Printable {

	/** The longest body excerpt printed. */
	static final int BODY_EXCERPT = 160;

	private Printable() {
	}

	static String text(String value) {
		StringBuilder printable = new StringBuilder(value.length());
		value.chars().forEach((c) -> printable.append((c >= 0x20 && c < 0x7f) ? (char) c : '?'));
		return printable.toString();
	}

	/** The start of a body on one line, white space collapsed; empty when the body is blank. */
	static String excerpt(String body) {
		String line = text(body.replaceAll("\\s+", " ").strip());
		return (line.length() <= BODY_EXCERPT) ? line : line.substring(0, BODY_EXCERPT) + "...";
	}

}
