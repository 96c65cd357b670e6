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
package io.github.corspolicy.spring.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.live.SourceState;

/**
 * The {@code corsPolicy} health: {@code UP} while every live origin source was read successfully
 * within {@code cors.sources.max-staleness}, {@code OUT_OF_SERVICE} once one was not (the last
 * good snapshot still serves, but a revoked origin may still be allowed). The details show, per
 * source, the last success, the staleness and the last error, and the snapshot version.
 */
public final class CorsPolicyHealthIndicator implements HealthIndicator {

	private final LiveCorsRefresher refresher;

	private final Duration maxStaleness;

	private final Clock clock;

	public CorsPolicyHealthIndicator(LiveCorsRefresher refresher, Duration maxStaleness, Clock clock) {
		this.refresher = refresher;
		this.maxStaleness = maxStaleness;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Instant now = this.clock.instant();
		boolean stale = false;
		Map<String, Object> sources = new LinkedHashMap<>();
		for (SourceState state : this.refresher.states().values()) {
			boolean originSource = !state.source().equals(LiveCorsRefresher.PROPERTIES);
			Duration staleness = state.staleness(now);
			stale |= originSource && staleness.compareTo(this.maxStaleness) > 0;
			sources.put(state.source(), details(state, originSource ? staleness : null));
		}
		Health.Builder health = stale ? Health.outOfService() : Health.up();
		return health.withDetail("version", this.refresher.snapshotVersion())
			.withDetail("maxStaleness", this.maxStaleness.toString())
			.withDetail("sources", sources)
			.build();
	}

	private static Map<String, Object> details(SourceState state, @Nullable Duration staleness) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("lastSuccess", String.valueOf(state.lastSuccess()));
		if (staleness != null) {
			details.put("staleness", staleness.toString());
		}
		details.put("lastError", (state.lastError() != null) ? state.lastError() : "none");
		return details;
	}

}
