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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.doctor.diagnosis.EdgeMarkers;

/**
 * The response headers a report shows: the CORS ones, {@code Timing-Allow-Origin} (which a policy
 * may send with {@code Access-Control-Allow-Origin}: without it, a page sees only the coarse Resource
 * Timing of a cross-origin call), {@code Vary}, and those that tell who answered.
 */
final class ShownHeaders {

	private static final Set<String> NAMES = Stream
		.concat(Stream.of("vary", "timing-allow-origin", "location", "www-authenticate"),
				EdgeMarkers.headerNames().stream())
		.collect(Collectors.toSet());

	private ShownHeaders() {
	}

	/** Each shown header with its lines, in the response's order of names. */
	static Map<String, List<String>> of(BrowserResponse response) {
		Map<String, List<String>> shown = new LinkedHashMap<>();
		response.headers().forEach((name, values) -> {
			if (isShown(name.toLowerCase(Locale.ROOT))) {
				shown.put(name, values);
			}
		});
		return shown;
	}

	/** Whether a request header is shown with its value: the CORS ones only, never credentials. */
	static boolean isShownRequestHeader(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.equals("origin") || lower.startsWith("access-control-request-");
	}

	private static boolean isShown(String lowerCaseName) {
		return lowerCaseName.startsWith("access-control-") || NAMES.contains(lowerCaseName);
	}

}
