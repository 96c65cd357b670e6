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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The hand-written JSON: strings escaped as RFC 8259 requires, in printable ASCII, and valid for a
 * real parser.
 */
class JsonTests {

	static Stream<Arguments> strings() {
		return Stream.of(argumentSet("plain text", "Origin", "\"Origin\""),
				argumentSet("a quote", "say \"hi\"", "\"say \\\"hi\\\"\""),
				argumentSet("a backslash", "C:\\temp", "\"C:\\\\temp\""),
				argumentSet("line breaks and tabs", "a\r\nb\tc", "\"a\\r\\nb\\tc\""),
				argumentSet("other control characters", "\u0000\u001b[31m", "\"\\u0000\\u001b[31m\""),
				argumentSet("non-ASCII text", "café ✓", "\"caf\\u00e9 \\u2713\""),
				argumentSet("line separators that break JavaScript", "\u2028", "\"\\u2028\""),
				argumentSet("the empty string", "", "\"\""));
	}

	@ParameterizedTest
	@MethodSource("strings")
	void stringsAreQuotedAndEscaped(String value, String json) {
		assertThat(Json.quote(value)).isEqualTo(json);
	}

	@ParameterizedTest
	@MethodSource("strings")
	void aParserReadsBackEveryString(String value, String json) {
		assertThat(JsonMapper.builder().build().readValue(Json.write(value), String.class)).isEqualTo(value);
	}

	@Test
	void nestedValuesAreIndentedAndParseBack() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("status", 403);
		value.put("allowed", false);
		value.put("none", null);
		value.put("empty", List.of());
		value.put("headers", Map.of("vary", List.of("Origin")));
		String json = Json.write(value);
		assertThat(json).startsWith("{\n  \"status\": 403,\n  \"allowed\": false,\n  \"none\": null,\n  \"empty\": [],\n");
		JsonMapper mapper = JsonMapper.builder().build();
		assertThat(mapper.readTree(json)).isEqualTo(mapper.valueToTree(value));
	}

}
