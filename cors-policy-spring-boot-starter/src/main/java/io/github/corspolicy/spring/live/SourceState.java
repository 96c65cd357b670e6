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

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the last refreshes of one source did: shown by the {@code cors} endpoint and the
 * {@code corsPolicy} health indicator. The properties are a source too, named {@code properties}.
 *
 * @param source the source's name
 * @param lastAttempt when it was last read
 * @param lastSuccess when it was last read without an error, {@code null} if never
 * @param version the snapshot version that holds its entries as last read
 * @param entries how many entries it gave, skipped ones included
 * @param skipped the entries left out of the snapshot, with the reasons
 * @param lastError the error of the last read, {@code null} when it succeeded
 */
public record SourceState(String source, Instant lastAttempt, @Nullable Instant lastSuccess, long version, int entries,
		List<SkippedEntry> skipped, @Nullable String lastError) {

	public SourceState {
		skipped = List.copyOf(skipped);
	}

	/** How long since the source was last read successfully, at {@code now}; since ever if never. */
	public Duration staleness(Instant now) {
		return Duration.between((this.lastSuccess != null) ? this.lastSuccess : Instant.EPOCH, now);
	}

}
