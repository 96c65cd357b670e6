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

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Client-controlled values are quoted, escaped to printable ASCII and truncated before they reach
 * a log line or a message.
 */
class LogSafeTests {

	@ParameterizedTest
	@MethodSource
	void quoteMakesAValueSafeForALogLine(String value, String quoted) {
		assertThat(LogSafe.quote(value)).isEqualTo(quoted).matches("[\\x20-\\x7e]*");
	}

	static Stream<Arguments> quoteMakesAValueSafeForALogLine() {
		return Stream.of(
				argumentSet("printable ASCII is kept", "https://app.example.com", "'https://app.example.com'"),
				argumentSet("an empty value", "", "''"),
				argumentSet("CR and LF are escaped", "a\r\nb", "'a\\u000d\\u000ab'"),
				argumentSet("tab and NUL are escaped", "\t\u0000", "'\\u0009\\u0000'"),
				argumentSet("DEL is escaped", "\u007f", "'\\u007f'"),
				argumentSet("a backslash is escaped, so escapes stay unambiguous", "a\\u000d", "'a\\u005cu000d'"),
				argumentSet("non-ASCII letters are escaped", "bücher", "'b\\u00fccher'"),
				argumentSet("a line separator is escaped", "a\u2028b", "'a\\u2028b'"),
				argumentSet("an emoji is escaped as its two UTF-16 units", "\ud83d\ude00", "'\\ud83d\\ude00'"),
				argumentSet("100 characters are shown whole", "a".repeat(100), "'" + "a".repeat(100) + "'"),
				argumentSet("a longer value is truncated and its length given", "a".repeat(101),
						"'" + "a".repeat(100) + "'... (101 characters)"),
				argumentSet("a 7 KB value is truncated", "\n".repeat(7000),
						"'" + "\\u000a".repeat(100) + "'... (7000 characters)"));
	}

}
