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
