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
package io.github.corspolicy.sample.live;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.github.corspolicy.core.CorsPolicy;

/**
 * The {@code kind} column of {@code cors_origin}: which list of the policy a row joins.
 */
enum OriginKind {

	/** An {@code allowed-origins} entry. */
	EXACT {
		@Override
		CorsPolicy.Builder addTo(CorsPolicy.Builder builder, String value) {
			return builder.allowedOrigins(value);
		}
	},

	/** An {@code allowed-origin-patterns} entry. */
	PATTERN {
		@Override
		CorsPolicy.Builder addTo(CorsPolicy.Builder builder, String value) {
			return builder.allowedOriginPatterns(value);
		}
	},

	/** An {@code allowed-origin-regexes} entry. */
	REGEX {
		@Override
		CorsPolicy.Builder addTo(CorsPolicy.Builder builder, String value) {
			return builder.allowedOriginRegexes(value);
		}
	};

	/** Adds {@code value} to the list of this kind. */
	abstract CorsPolicy.Builder addTo(CorsPolicy.Builder builder, String value);

	/** The value stored in the column. */
	String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind a column value names, if any. */
	static Optional<OriginKind> of(String column) {
		return Arrays.stream(values()).filter((kind) -> kind.column().equals(column)).findFirst();
	}

}
