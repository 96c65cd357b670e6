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
package io.github.corspolicy.core.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A response as the browser receives it: a status and header lines, names compared without case.
 */
public final class BrowserResponse {

	private final int status;

	private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	public BrowserResponse(int status, Map<String, ? extends List<String>> headers) {
		this.status = status;
		headers.forEach((name, values) -> this.headers.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(values));
	}

	/** A response with single-valued headers, given as name, value, name, value... */
	public static BrowserResponse of(int status, String... namesAndValues) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			headers.computeIfAbsent(namesAndValues[i], (key) -> new ArrayList<>()).add(namesAndValues[i + 1]);
		}
		return new BrowserResponse(status, headers);
	}

	public int status() {
		return this.status;
	}

	/** Every line of a header, in order; empty when absent. */
	public List<String> values(String name) {
		return Collections.unmodifiableList(this.headers.getOrDefault(name, List.of()));
	}

	/** The header's lines joined with {@code ", "}, or {@code null} when absent. */
	public @Nullable String value(String name) {
		List<String> values = this.headers.get(name);
		return (values == null || values.isEmpty()) ? null : String.join(", ", values);
	}

	/** Every header, by the name as first received. */
	public Map<String, List<String>> headers() {
		return Collections.unmodifiableMap(this.headers);
	}

	/** Whether any {@code Access-Control-*} header is present. */
	public boolean hasCorsHeaders() {
		return this.headers.keySet().stream().anyMatch((name) -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
	}

}
