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
