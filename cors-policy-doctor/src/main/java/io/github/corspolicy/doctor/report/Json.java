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

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes maps, lists, strings, numbers, booleans and {@code null} as indented JSON (RFC 8259).
 * Everything outside printable ASCII is escaped, so the output survives any terminal encoding.
 */
final class Json {

	private static final String INDENT = "  ";

	private Json() {
	}

	static String write(@Nullable Object value) {
		StringBuilder json = new StringBuilder();
		write(value, json, "");
		return json.append('\n').toString();
	}

	private static void write(@Nullable Object value, StringBuilder json, String indent) {
		if (value instanceof Map<?, ?> map) {
			writeMembers(map.entrySet().iterator(), '{', '}', json, indent);
		}
		else if (value instanceof List<?> list) {
			writeMembers(list.iterator(), '[', ']', json, indent);
		}
		else if (value instanceof String string) {
			json.append(quote(string));
		}
		else {
			json.append(value); // numbers, booleans and null print as themselves
		}
	}

	private static void writeMembers(Iterator<?> members, char open, char close, StringBuilder json, String indent) {
		json.append(open);
		String inner = indent + INDENT;
		boolean empty = !members.hasNext();
		while (members.hasNext()) {
			json.append('\n').append(inner);
			Object member = members.next();
			if (member instanceof Map.Entry<?, ?> entry) {
				json.append(quote(String.valueOf(entry.getKey()))).append(": ");
				member = entry.getValue();
			}
			write(member, json, inner);
			json.append(members.hasNext() ? "," : "");
		}
		json.append(empty ? "" : "\n" + indent).append(close);
	}

	static String quote(String value) {
		StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> quoted.append((c >= 0x20 && c < 0x7f) ? String.valueOf(c) : String.format("\\u%04x", (int) c));
			}
		}
		return quoted.append('"').toString();
	}

}
