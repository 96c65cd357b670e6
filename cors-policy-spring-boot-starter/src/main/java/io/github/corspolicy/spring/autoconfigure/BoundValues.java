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
package io.github.corspolicy.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Undoes what property binding does to list values before the core reads them: a comma list is
 * split everywhere, an unset placeholder leaves one empty value or its own text.
 */
final class BoundValues {

	private BoundValues() {
	}

	/**
	 * A list that is one empty value, as {@code ${FRONTEND_ORIGINS:}} gives when the variable is
	 * unset, means no values; blank entries in a longer list stay, for the core to report.
	 */
	static List<String> withoutEmptyPlaceholder(List<String> values) {
		return (values.size() == 1 && values.get(0).isBlank()) ? List.of() : values;
	}

	/**
	 * Joins back a port list that comma splitting cut apart: {@code http://localhost:[3000,5173]}
	 * in {@code CORS_ALLOWED_ORIGIN_PATTERNS} arrives as {@code http://localhost:[3000} and
	 * {@code 5173]}.
	 */
	static List<String> withPortListsJoined(List<String> values) {
		List<String> joined = new ArrayList<>(values.size());
		StringBuilder open = null;
		for (String value : values) {
			if (open != null) {
				open.append(',').append(value);
				if (value.contains("]")) {
					joined.add(open.toString());
					open = null;
				}
			}
			else if (value.contains(":[") && !value.contains("]")) {
				open = new StringBuilder(value);
			}
			else {
				joined.add(value);
			}
		}
		if (open != null) {
			joined.add(open.toString());
		}
		return joined;
	}

	/** The name in a placeholder that did not resolve, such as {@code ${FRONTEND_ORIGINS}}, or null. */
	static @Nullable String unresolvedPlaceholder(String value) {
		int start = value.indexOf("${");
		int end = value.indexOf('}', start + 2);
		if (start < 0 || end < 0) {
			return null;
		}
		String name = value.substring(start + 2, end);
		int colon = name.indexOf(':');
		return (colon < 0) ? name : name.substring(0, colon);
	}

}
