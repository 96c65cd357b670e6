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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.live.RefreshOutcome;
import io.github.corspolicy.spring.live.SkippedEntry;

/**
 * Applies a write at once: asks the starter's refresher to read the table now (what
 * {@code POST /actuator/cors} does) and waits for the outcome, so that the admin's answer says
 * which snapshot serves the change. Without it the next poll, within
 * {@code cors.sources.jdbc.refresh-interval}, would apply it.
 */
final class PolicyRefresh {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final LiveCorsRefresher refresher;

	PolicyRefresh(LiveCorsRefresher refresher) {
		this.refresher = refresher;
	}

	Result now() {
		try {
			RefreshOutcome outcome = this.refresher.refreshAll(TIMEOUT);
			return new Result(outcome.outcome().name(), outcome.version(),
					outcome.skipped().stream().map(SkippedEntry::toString).toList());
		}
		catch (TimeoutException ex) {
			return new Result("PENDING", this.refresher.snapshotVersion(), List.of());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Result("PENDING", this.refresher.snapshotVersion(), List.of());
		}
	}

	/**
	 * @param outcome {@code APPLIED}, {@code UNCHANGED}, {@code REFUSED}, {@code FAILED}, or
	 * {@code PENDING} when it took longer than 5 s (the next poll applies the change)
	 * @param version the snapshot version serving after it
	 * @param skipped the rows the snapshot left out, with the reasons
	 */
	record Result(String outcome, long version, List<String> skipped) {
	}

}
