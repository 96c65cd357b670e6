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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRejection;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.core.RejectionReason;
import io.github.corspolicy.spring.listener.CorsDecisionListener;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * Counts CORS requests in {@value #METER_NAME}, tagged {@code kind} (preflight, actual, websocket),
 * {@code outcome} (allowed, rejected), {@code reason} and {@code mapping}. Every tag value comes from
 * a fixed set or from configuration, never from the request: a flood of junk origins adds no meter.
 * The counters are registered up front, by mapping name, so counting allocates nothing; a mapping
 * that a refresh of the properties adds gets its counters on its first request. The {@code websocket}
 * counters of a mapping (cross-origin WebSocket and SockJS handshakes) are registered on its first
 * handshake, so that an application without WebSocket endpoints shows none.
 */
public final class CorsRequestMetrics implements CorsDecisionListener {

	public static final String METER_NAME = "cors.requests";

	private static final String[] KINDS = { "preflight", "actual" };

	private static final int REASONS = RejectionReason.values().length + 1;

	private static final String HANDSHAKE_KIND = "websocket";

	private final Map<String, Counter[]> counters = new ConcurrentHashMap<>();

	private final Map<String, Counter[]> handshakeCounters = new ConcurrentHashMap<>();

	private final MeterRegistry registry;

	public CorsRequestMetrics(CorsMappings mappings, MeterRegistry registry) {
		this.registry = registry;
		for (CorsMapping mapping : mappings.all()) {
			this.counters.put(mapping.name(), register(mapping.name(), registry));
		}
	}

	private static Counter[] registerHandshakes(String mapping, MeterRegistry registry) {
		Counter[] counters = new Counter[REASONS];
		counters[0] = counter(registry, HANDSHAKE_KIND, "allowed", "none", mapping);
		for (RejectionReason reason : RejectionReason.values()) {
			counters[reason.ordinal() + 1] = counter(registry, HANDSHAKE_KIND, "rejected", reason.tag(), mapping);
		}
		return counters;
	}

	private static Counter[] register(String mapping, MeterRegistry registry) {
		Counter[] counters = new Counter[KINDS.length * REASONS];
		for (int kind = 0; kind < KINDS.length; kind++) {
			counters[kind * REASONS] = counter(registry, KINDS[kind], "allowed", "none", mapping);
			for (RejectionReason reason : RejectionReason.values()) {
				counters[kind * REASONS + reason.ordinal() + 1] = counter(registry, KINDS[kind], "rejected",
						reason.tag(), mapping);
			}
		}
		return counters;
	}

	private static Counter counter(MeterRegistry registry, String kind, String outcome, String reason, String mapping) {
		return Counter.builder(METER_NAME)
			.description("CORS requests by kind, outcome and rejection reason")
			.tag("kind", kind)
			.tag("outcome", outcome)
			.tag("reason", reason)
			.tag("mapping", mapping)
			.register(registry);
	}

	@Override
	public void onDecision(CorsMapping mapping, CorsRequest request, CorsDecision decision, String path) {
		if (decision.outcome() == CorsDecision.Outcome.NOT_CORS) {
			return;
		}
		Counter[] forMapping = this.counters.get(mapping.name());
		if (forMapping == null) {
			// a mapping that a refresh of the properties added: its name comes from configuration
			forMapping = this.counters.computeIfAbsent(mapping.name(), (name) -> register(name, this.registry));
		}
		CorsRejection rejection = decision.rejection();
		int kind = decision.isPreflight() ? 0 : 1;
		forMapping[kind * REASONS + ((rejection != null) ? rejection.reason().ordinal() + 1 : 0)].increment();
	}

	@Override
	public void onHandshake(CorsMapping mapping, CorsRequest request, CorsDecision decision, String path) {
		Counter[] forMapping = this.handshakeCounters.get(mapping.name());
		if (forMapping == null) {
			forMapping = this.handshakeCounters.computeIfAbsent(mapping.name(),
					(name) -> registerHandshakes(name, this.registry));
		}
		CorsRejection rejection = decision.rejection();
		forMapping[(rejection != null) ? rejection.reason().ordinal() + 1 : 0].increment();
	}

}
