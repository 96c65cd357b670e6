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
package io.github.corspolicy.benchmarks.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON to read JMH's result files, so that the chart needs nothing but the JDK:
 * objects become maps, arrays lists, numbers doubles; JMH writes "NaN" as a string.
 */
final class Json {

	private final String text;

	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.skipSpace();
		if (json.at != text.length()) {
			throw json.error("end of input");
		}
		return value;
	}

	private Object value() {
		skipSpace();
		char c = peek();
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't', 'f', 'n' -> literal();
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> members = new LinkedHashMap<>();
		expect('{');
		while (!next('}')) {
			skipSpace();
			String name = string();
			expect(':');
			members.put(name, value());
			next(',');
		}
		return members;
	}

	private List<Object> array() {
		List<Object> elements = new ArrayList<>();
		expect('[');
		while (!next(']')) {
			elements.add(value());
			next(',');
		}
		return elements;
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		for (char c = this.text.charAt(this.at++); c != '"'; c = this.text.charAt(this.at++)) {
			if (c == '\\') {
				c = escaped(this.text.charAt(this.at++));
			}
			out.append(c);
		}
		return out.toString();
	}

	private char escaped(char c) {
		return switch (c) {
			case 'n' -> '\n';
			case 't' -> '\t';
			case 'r' -> '\r';
			case 'b' -> '\b';
			case 'f' -> '\f';
			case 'u' -> unicode();
			default -> c;
		};
	}

	private char unicode() {
		char c = (char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16);
		this.at += 4;
		return c;
	}

	private Object literal() {
		for (String word : new String[] { "true", "false", "null" }) {
			if (this.text.startsWith(word, this.at)) {
				this.at += word.length();
				return word.equals("null") ? "null" : Boolean.valueOf(word);
			}
		}
		throw error("true, false or null");
	}

	private Double number() {
		int start = this.at;
		while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
		if (start == this.at) {
			throw error("a value");
		}
		return Double.valueOf(this.text.substring(start, this.at));
	}

	private boolean next(char c) {
		skipSpace();
		if (this.at < this.text.length() && this.text.charAt(this.at) == c) {
			this.at++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!next(c)) {
			throw error("'" + c + "'");
		}
	}

	private char peek() {
		if (this.at >= this.text.length()) {
			throw error("a value");
		}
		return this.text.charAt(this.at);
	}

	private void skipSpace() {
		while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
			this.at++;
		}
	}

	private IllegalArgumentException error(String expected) {
		return new IllegalArgumentException("not a JMH result file: expected " + expected + " at character " + this.at);
	}

}
