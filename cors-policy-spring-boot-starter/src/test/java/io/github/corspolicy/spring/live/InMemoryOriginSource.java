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

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * A store of origins held in memory, for the tests: a real {@link CorsOriginSource} that signals
 * each change, as a database notification would, and that can be made unreachable.
 */
final class InMemoryOriginSource implements CorsOriginSource {

	private final String name;

	private final boolean required;

	private final Duration refreshInterval;

	private final Map<String, CorsOriginEntry> entries = new ConcurrentHashMap<>();

	private final AtomicInteger loads = new AtomicInteger();

	private volatile @Nullable String unreachable;

	private volatile @Nullable Runnable refreshSoon;

	InMemoryOriginSource(String name, boolean required, Duration refreshInterval) {
		this.name = name;
		this.required = required;
		this.refreshInterval = refreshInterval;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public List<CorsOriginEntry> load() throws IOException {
		this.loads.incrementAndGet();
		String failure = this.unreachable;
		if (failure != null) {
			throw new IOException(failure);
		}
		return new ArrayList<>(this.entries.values());
	}

	@Override
	public Duration refreshInterval() {
		return this.refreshInterval;
	}

	@Override
	public boolean required() {
		return this.required;
	}

	@Override
	public void onChange(Runnable refreshSoon) {
		this.refreshSoon = refreshSoon;
	}

	/** Stores an entry and signals the change. */
	void put(String id, @Nullable String mapping, String kind, String origin) {
		this.entries.put(id, new CorsOriginEntry(id, mapping, kind, origin));
		signal();
	}

	/** Deletes an entry and signals the change. */
	void remove(String id) {
		this.entries.remove(id);
		signal();
	}

	/** Replaces every entry at once, without a signal. */
	void replaceAll(List<CorsOriginEntry> replacement) {
		synchronized (this.entries) {
			this.entries.clear();
			replacement.forEach((entry) -> this.entries.put(entry.id(), entry));
		}
	}

	/** Deletes every entry, without a signal. */
	void clear() {
		this.entries.clear();
	}

	/** Makes every later load fail with this message, or succeed again with {@code null}. */
	void unreachable(@Nullable String failure) {
		this.unreachable = failure;
	}

	int loads() {
		return this.loads.get();
	}

	private void signal() {
		Runnable callback = this.refreshSoon;
		if (callback != null) {
			callback.run();
		}
	}

}
