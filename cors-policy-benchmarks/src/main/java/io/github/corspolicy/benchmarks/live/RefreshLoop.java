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
package io.github.corspolicy.benchmarks.live;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.live.RefreshOutcome;

/**
 * Refreshes continuously on a thread of its own: flips the churn row, then asks for a complete
 * refresh as {@code POST /actuator/cors} does ({@link LiveCorsRefresher#refreshAll}: read the
 * table, build, validate, swap) and waits for it, pauses, and again. Each refresh swaps a new
 * snapshot in. {@link #stop()} reports how many ran and how long they took.
 */
final class RefreshLoop {

	private final LiveCorsRefresher refresher;

	private final DataSource database;

	private @Nullable Thread thread;

	private volatile boolean running;

	private long count;

	private long applied;

	private long totalNanos;

	private long maxNanos;

	RefreshLoop(LiveCorsRefresher refresher, DataSource database) {
		this.refresher = refresher;
		this.database = database;
	}

	synchronized void start(Duration pause) {
		if (this.thread != null) {
			throw new IllegalStateException("The refresh loop already runs");
		}
		this.count = 0;
		this.applied = 0;
		this.totalNanos = 0;
		this.maxNanos = 0;
		this.running = true;
		this.thread = new Thread(() -> run(pause), "live-load-refresh-loop");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** Stops after the refresh under way; one line: refreshes, applied, mean and max time. */
	synchronized String stop() {
		Thread running = this.thread;
		this.running = false;
		if (running != null) {
			try {
				running.join(TimeUnit.MINUTES.toMillis(2));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.thread = null;
		double mean = (this.count > 0) ? this.totalNanos / 1e6 / this.count : 0;
		return String.format("REFRESHES count=%d applied=%d mean_ms=%.1f max_ms=%.1f", this.count, this.applied, mean,
				this.maxNanos / 1e6);
	}

	private void run(Duration pause) {
		while (this.running) {
			try {
				LiveOrigins.toggleChurnRow(this.database);
				long start = System.nanoTime();
				RefreshOutcome outcome = this.refresher.refreshAll(Duration.ofMinutes(1));
				long took = System.nanoTime() - start;
				this.count++;
				this.applied += (outcome.outcome() == RefreshOutcome.Outcome.APPLIED) ? 1 : 0;
				this.totalNanos += took;
				this.maxNanos = Math.max(this.maxNanos, took);
				Thread.sleep(pause.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				throw new IllegalStateException("A refresh of the loop failed", ex);
			}
		}
	}

}
