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
package io.github.corspolicy.core;

/**
 * Turns a client-controlled value into something safe to put in a log line or a message:
 * bounded in length, printable ASCII only, quoted. Adapters (the starter's rejection log, a
 * gateway's) use it for every request value they print, so that a client cannot forge or flood
 * log lines.
 */
public final class LogSafe {

	private static final int MAX_SHOWN = 100;

	private LogSafe() {
	}

	/**
	 * Quotes a value for a log line: at most 100 characters shown, each outside printable ASCII
	 * (and the quote and backslash) as a {@code \\uXXXX} escape, the full length said when cut.
	 * @param value a client-controlled value
	 * @return the value in single quotes, safe to log
	 */
	public static String quote(String value) {
		int shown = Math.min(value.length(), MAX_SHOWN);
		StringBuilder out = new StringBuilder(shown + 24).append('\'');
		for (int i = 0; i < shown; i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
				out.append(c);
			}
			else {
				out.append(String.format("\\u%04x", (int) c));
			}
		}
		out.append('\'');
		if (value.length() > shown) {
			out.append("... (").append(value.length()).append(" characters)");
		}
		return out.toString();
	}

}
