package io.github.corspolicy.sample.live;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@code cors_origin}.
 *
 * @param id the row's key
 * @param mapping the {@code cors.mappings[i].name} it extends, {@code null} for the top-level policy
 * @param kind {@code exact}, {@code pattern} or {@code regex}
 * @param origin the origin, pattern or regex
 * @param enabled whether it is allowed now
 * @param updatedAt when the row last changed
 */
record StoredOrigin(long id, @Nullable String mapping, String kind, String origin, boolean enabled,
		OffsetDateTime updatedAt) {
}
