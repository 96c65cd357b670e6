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
package io.github.corspolicy.sample.feed;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The demo account's balance, published once a second to every listener (the {@code /ws} handler and
 * the STOMP topic). The balance itself does not change: the sequence shows that the feed is live.
 */
@Component
class LiveBalance implements SmartLifecycle {

	/** How often the feed publishes. */
	static final Duration TICK = Duration.ofSeconds(1);

	private static final Log logger = LogFactory.getLog(LiveBalance.class);

	private final List<Consumer<BalanceUpdate>> listeners = new CopyOnWriteArrayList<>();

	private volatile BalanceUpdate current = update(0);

	private volatile @Nullable ScheduledExecutorService ticker;

	/** The last update published, or the first one before any tick. */
	BalanceUpdate current() {
		return this.current;
	}

	/** Calls {@code listener} with every update from the next tick on. */
	void onUpdate(Consumer<BalanceUpdate> listener) {
		this.listeners.add(listener);
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "live-balance");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleAtFixedRate(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
		this.ticker = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.ticker;
		if (executor != null) {
			executor.shutdownNow();
			this.ticker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.ticker != null;
	}

	private void tick() {
		BalanceUpdate update = update(this.current.sequence() + 1);
		this.current = update;
		for (Consumer<BalanceUpdate> listener : this.listeners) {
			try {
				listener.accept(update);
			}
			catch (RuntimeException ex) {
				// one listener's failure must not stop the ticker, which a thrown exception would
				logger.warn("A listener of the live balance failed", ex);
			}
		}
	}

	private static BalanceUpdate update(long sequence) {
		return new BalanceUpdate(1250, "credits", sequence);
	}

}
