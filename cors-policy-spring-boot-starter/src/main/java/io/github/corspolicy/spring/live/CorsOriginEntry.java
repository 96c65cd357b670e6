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
package io.github.corspolicy.spring.live;

import org.jspecify.annotations.Nullable;

/**
 * One allowlist entry as a {@link CorsOriginSource} read it, before validation: the values are
 * kept as stored, so that a bad one can be reported as it is and skipped.
 *
 * @param id the entry's identity in its store (a row's primary key), for reports
 * @param mapping the name of the {@code cors.mappings[i]} entry it extends, or {@code null} for the
 * top-level policy
 * @param kind {@code exact}, {@code pattern} or {@code regex} (anything else is reported and skipped)
 * @param origin the origin, pattern or regular expression, as the matching {@code cors.*} list takes it
 */
public record CorsOriginEntry(String id, @Nullable String mapping, String kind, String origin) {

	private static final String[] KINDS = { "exact", "pattern", "regex" };

	/**
	 * Keeps a known kind as one shared string: a source that reads each row's columns into strings
	 * of their own would otherwise leave the refresher holding one copy of {@code exact} per entry.
	 */
	public CorsOriginEntry {
		kind = shared(kind);
	}

	private static String shared(String kind) {
		for (String known : KINDS) {
			if (known.equals(kind)) {
				return known;
			}
		}
		return kind;
	}

}
