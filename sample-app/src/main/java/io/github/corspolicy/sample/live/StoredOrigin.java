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
