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
package io.github.corspolicy.spring.metrics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.live.LiveSnapshot;
import io.github.corspolicy.spring.live.RefreshListener;
import io.github.corspolicy.spring.live.RefreshOutcome;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The live policy's meters: {@value #REFRESHES} counts refreshes by {@code source} and
 * {@code outcome} (applied, unchanged, refused, failed); {@value #AGE} is the time in seconds since
 * the least recent successful read of a source (see {@link LiveCorsRefresher#age()});
 * {@value #ENTRIES} is the number of origins, patterns and regexes of each mapping's policy
 * ({@code kind} exact, pattern, regex), properties and sources together. Tag values come from the
 * configuration and the sources' names, never from requests or entries.
 */
public final class LiveCorsMetrics implements RefreshListener {

	public static final String REFRESHES = "cors.policy.refreshes";

	public static final String AGE = "cors.policy.age";

	public static final String ENTRIES = "cors.policy.entries";

	private static final Map<String, String> KINDS = Map.of("exact", "allowed-origins", "pattern",
			"allowed-origin-patterns", "regex", "allowed-origin-regexes");

	private final MeterRegistry registry;

	private final Set<String> entryGauges = new HashSet<>();

	private volatile Map<String, Integer> entryCounts = Map.of();

	private @Nullable CorsMappings counted;

	public LiveCorsMetrics(LiveCorsRefresher refresher, CorsMappings initial, MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder(AGE, refresher, (live) -> live.age().toMillis() / 1000.0)
			.description("Seconds since the least recent successful read of a CORS origin source")
			.baseUnit("seconds")
			.register(registry);
		count(initial);
	}

	@Override
	public void onRefresh(String source, RefreshOutcome.Outcome outcome, LiveSnapshot snapshot) {
		Counter.builder(REFRESHES)
			.description("Refreshes of the CORS policy by source and outcome")
			.tag("source", source)
			.tag("outcome", outcome.tag())
			.register(this.registry)
			.increment();
		if (snapshot.mappings() != this.counted) {
			count(snapshot.mappings()); // only for a new snapshot: describing 100,000 origins is not free
		}
	}

	/** Counts the entries of every mapping, and registers a gauge for each mapping seen for the first time. */
	private synchronized void count(CorsMappings mappings) {
		Map<String, Integer> counts = new HashMap<>();
		for (CorsMapping mapping : mappings.all()) {
			Map<String, Object> policy = (mapping.policy() != null) ? mapping.policy().describe() : Map.of();
			KINDS.forEach((kind, key) -> {
				String id = mapping.name() + "|" + kind;
				counts.put(id, (policy.get(key) instanceof List<?> values) ? values.size() : 0);
				if (this.entryGauges.add(id)) {
					Gauge.builder(ENTRIES, this, (metrics) -> metrics.entryCounts.getOrDefault(id, 0))
						.description("Allowed origins, patterns and regexes of each CORS mapping")
						.tag("mapping", mapping.name())
						.tag("kind", kind)
						.register(this.registry);
				}
			});
		}
		this.entryCounts = Map.copyOf(counts);
		this.counted = mappings;
	}

}
