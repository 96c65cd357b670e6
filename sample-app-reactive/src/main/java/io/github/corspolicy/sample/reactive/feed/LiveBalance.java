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
package io.github.corspolicy.sample.reactive.feed;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The demo account's balance, published once a second, as in the servlet sample. The balance itself
 * does not change: the sequence shows that the feed is live.
 */
@Component
class LiveBalance implements SmartLifecycle {

	/** How often the feed publishes. */
	static final Duration TICK = Duration.ofSeconds(1);

	// the latest update for whoever subscribes, then every tick; only the ticker emits
	private final Sinks.Many<BalanceUpdate> updates = Sinks.many().replay().latest();

	private volatile @Nullable Disposable ticker;

	LiveBalance() {
		this.updates.tryEmitNext(update(0));
	}

	/** The last update published, then every tick. */
	Flux<BalanceUpdate> updates() {
		return this.updates.asFlux();
	}

	/** Every tick from the next one on. */
	Flux<BalanceUpdate> ticks() {
		return this.updates.asFlux().skip(1);
	}

	@Override
	public void start() {
		this.ticker = Flux.interval(TICK, TICK).subscribe((tick) -> this.updates.tryEmitNext(update(tick + 1)));
	}

	@Override
	public void stop() {
		Disposable running = this.ticker;
		if (running != null) {
			running.dispose();
			this.ticker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.ticker != null;
	}

	private static BalanceUpdate update(long sequence) {
		return new BalanceUpdate(1250, "credits", sequence);
	}

}
