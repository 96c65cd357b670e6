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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The mappings every request is decided by: an immutable snapshot behind one atomic reference. The
 * filters, the {@code cors} endpoint and the Spring Security adapters read the current snapshot
 * once per request (one volatile read) and keep it for the whole request; a refresh builds and
 * validates a complete new snapshot elsewhere and {@link #swap swaps} it in one step, so that no
 * request sees part of one snapshot and part of another.
 * <p>
 * A holder that is not {@link #isRefreshable() refreshable} never changes: the filters then
 * resolve as they always have, without keeping the snapshot in a request attribute. A
 * {@link #follower follower} holds mappings made from this holder's, and changes with it.
 */
public final class LiveCorsMappings {

	private final AtomicReference<LiveSnapshot> current;

	private final boolean refreshable;

	private final boolean follower;

	/** The holders that follow this one, with what makes their mappings: guarded by {@code this}. */
	private final List<Follower> followers = new ArrayList<>(1);

	/**
	 * @param initial the mappings built at start-up
	 * @param refreshable whether a refresh may ever swap another snapshot in
	 */
	public LiveCorsMappings(CorsMappings initial, boolean refreshable) {
		this(new LiveSnapshot(initial, 1, Instant.now()), refreshable, false);
	}

	private LiveCorsMappings(LiveSnapshot initial, boolean refreshable, boolean follower) {
		this.current = new AtomicReference<>(initial);
		this.refreshable = refreshable;
		this.follower = follower;
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
	 * A holder whose mappings are made from this one's, such as the mappings of another server of
	 * the application (the management server's port): each snapshot swapped in here is made into
	 * its own there, with the same version, in the same swap. It is refreshable when this holder
	 * is, and is never swapped directly.
	 * @param derive makes the follower's mappings from a snapshot's; it runs at each swap, before
	 * anything is swapped, so that a snapshot it refuses (by throwing) is swapped in nowhere
	 */
	public synchronized LiveCorsMappings follower(UnaryOperator<CorsMappings> derive) {
		LiveSnapshot snapshot = this.current.get();
		LiveCorsMappings follower = new LiveCorsMappings(
				new LiveSnapshot(derive.apply(snapshot.mappings()), snapshot.version(), snapshot.builtAt()),
				this.refreshable, true);
		this.followers.add(new Follower(follower, derive));
		return follower;
	}

	/**
	 * Swaps validated mappings in, in one step, and the mappings made from them into every follower.
	 * @return the new snapshot
	 * @throws IllegalStateException when the holder is not refreshable, or is a follower
	 */
	public synchronized LiveSnapshot swap(CorsMappings mappings) {
		if (!this.refreshable || this.follower) {
			throw new IllegalStateException(this.follower ? "These CORS mappings follow others; swap those instead"
					: "These CORS mappings are fixed; create the holder as refreshable");
		}
		List<CorsMappings> derived = new ArrayList<>(this.followers.size());
		this.followers.forEach((follower) -> derived.add(follower.derive().apply(mappings)));
		LiveSnapshot snapshot = this.current
			.updateAndGet((previous) -> new LiveSnapshot(mappings, previous.version() + 1, Instant.now()));
		for (int i = 0; i < derived.size(); i++) {
			this.followers.get(i).holder().current
				.set(new LiveSnapshot(derived.get(i), snapshot.version(), snapshot.builtAt()));
		}
		return snapshot;
	}

	private record Follower(LiveCorsMappings holder, UnaryOperator<CorsMappings> derive) {

	}

}
