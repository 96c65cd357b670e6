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

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The mappings every request is decided by: an immutable snapshot behind one atomic reference. The
 * filters, the {@code cors} endpoint and the Spring Security adapters read the current snapshot
 * once per request (one volatile read) and keep it for the whole request; a refresh builds and
 * validates a complete new snapshot elsewhere and {@link #swap swaps} it in one step, so that no
 * request sees part of one snapshot and part of another.
 * <p>
 * A holder that is not {@link #isRefreshable() refreshable} never changes: the filters then
 * resolve as they always have, without keeping the snapshot in a request attribute.
 */
public final class LiveCorsMappings {

	private final AtomicReference<LiveSnapshot> current;

	private final boolean refreshable;

	/**
	 * @param initial the mappings built at start-up
	 * @param refreshable whether a refresh may ever swap another snapshot in
	 */
	public LiveCorsMappings(CorsMappings initial, boolean refreshable) {
		this.current = new AtomicReference<>(new LiveSnapshot(initial, 1, Instant.now()));
		this.refreshable = refreshable;
	}

	/** Mappings that never change. */
	public static LiveCorsMappings fixed(CorsMappings mappings) {
		return new LiveCorsMappings(mappings, false);
	}

	/** The current mappings: read them once per request and keep them. */
	public CorsMappings mappings() {
		return this.current.get().mappings();
	}

	/** The current snapshot with its version and build time. */
	public LiveSnapshot snapshot() {
		return this.current.get();
	}

	/**
	 * Whether a refresh may swap another snapshot in: when so, each request keeps the mapping it
	 * resolved in a request attribute, so that its later dispatches use the same snapshot.
	 */
	public boolean isRefreshable() {
		return this.refreshable;
	}

	/**
	 * Swaps validated mappings in, in one step.
	 * @return the new snapshot
	 * @throws IllegalStateException when the holder is not refreshable
	 */
	public LiveSnapshot swap(CorsMappings mappings) {
		if (!this.refreshable) {
			throw new IllegalStateException("These CORS mappings are fixed; create the holder as refreshable");
		}
		return this.current.updateAndGet((previous) -> new LiveSnapshot(mappings, previous.version() + 1, Instant.now()));
	}

}
