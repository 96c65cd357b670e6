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
package io.github.corspolicy.doctor.diagnosis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.corspolicy.core.browser.BrowserResponse;

/**
 * A CORS response header that must be single, received with more than one value. The Fetch standard
 * ("HTTP new-header syntax") defines {@code Access-Control-Allow-Origin} as one origin, {@code null} or
 * {@code *}, {@code Access-Control-Allow-Credentials} as {@code true} and
 * {@code Access-Control-Max-Age} as a number of seconds; the other CORS headers are lists
 * ({@code #method}, {@code #field-name}), which two layers may each add to, so they never count.
 *
 * @param name the header's name
 * @param lines the header lines as received
 * @param values every value of every line, split at commas
 */
record DuplicatedHeader(String name, List<String> lines, List<String> values) {

	static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

	static final String MAX_AGE = "Access-Control-Max-Age";

	/** The headers that take exactly one value. */
	private static final List<String> SINGLE_VALUED = List.of(Evidence.ALLOW_ORIGIN, ALLOW_CREDENTIALS, MAX_AGE);

	DuplicatedHeader {
		lines = List.copyOf(lines);
		values = List.copyOf(values);
	}

	/** The single-valued CORS headers of the response that carry more than one value. */
	static List<DuplicatedHeader> in(BrowserResponse response) {
		List<DuplicatedHeader> duplicated = new ArrayList<>();
		for (String name : SINGLE_VALUED) {
			List<String> values = values(response.values(name));
			if (values.size() > 1) {
				duplicated.add(new DuplicatedHeader(name, response.values(name), values));
			}
		}
		return duplicated;
	}

	/** Every value of the lines, split at commas, as a browser combines them (Fetch, section 2.2.2). */
	static List<String> values(List<String> lines) {
		return lines.stream().flatMap((line) -> Arrays.stream(line.split(",", -1))).map(String::strip).toList();
	}

	/** {@code Access-Control-Allow-Origin is sent 2 times: '*' and 'https://app.example.com'}, and what a browser makes of it. */
	String describe() {
		String received = (this.lines.size() > 1)
				? this.name + " is sent " + this.lines.size() + " times: '" + String.join("' and '", this.lines) + "'"
				: this.name + " is one line with " + this.values.size() + " comma-separated values: '" + this.lines.get(0) + "'";
		return received + ": " + consequence();
	}

	private String consequence() {
		String combined = String.join(", ", this.lines);
		return switch (this.name) {
			case ALLOW_CREDENTIALS -> "a browser reads '" + combined + "', which is not 'true'";
			case MAX_AGE -> "a browser reads '" + combined + "', which is not a number, and caches the preflight for 5 s only";
			default -> equalValues() ? "the values are equal, but a browser accepts exactly one"
					: "a browser accepts exactly one";
		};
	}

	boolean equalValues() {
		return this.values.stream().distinct().count() == 1;
	}

}
