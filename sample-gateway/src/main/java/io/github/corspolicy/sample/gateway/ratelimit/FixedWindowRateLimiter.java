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
package io.github.corspolicy.sample.gateway.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.ratelimit.AbstractRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import reactor.core.publisher.Mono;

/**
 * At most {@code limit} requests per client in each {@code window}, counted in this JVM's memory:
 * a client's window starts with its first request, and every request past the limit is denied (the
 * {@code RequestRateLimiter} filter answers 429) until the window ends. A stand-in for Gateway's
 * Redis limiter in a sample that has no Redis; with several gateway instances each counts alone.
 * <p>
 * A route sets its own limit with the filter arguments {@code fixed-window-rate-limiter.limit} and
 * {@code fixed-window-rate-limiter.window}; other routes use the defaults given to the constructor.
 * Every answer carries {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}, a denial
 * {@code Retry-After} as well (RFC 6585, section 4).
 */
public final class FixedWindowRateLimiter extends AbstractRateLimiter<FixedWindowRateLimiter.Config> {

	/** The prefix of a route's own settings among its filter arguments. */
	public static final String CONFIGURATION_PROPERTY_NAME = "fixed-window-rate-limiter";

	/** Beyond this many clients, ended windows are dropped before a new one is counted. */
	static final int PRUNE_ABOVE = 10_000;

	private final Config defaults;

	private final LongSupplier nanoTime;

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	public FixedWindowRateLimiter(Config defaults, @Nullable ConfigurationService configurationService,
			LongSupplier nanoTime) {
		super(Config.class, CONFIGURATION_PROPERTY_NAME, configurationService);
		this.defaults = defaults;
		this.nanoTime = nanoTime;
	}

	@Override
	public Mono<Response> isAllowed(String routeId, String id) {
		Config config = getConfig().getOrDefault(routeId, this.defaults);
		long now = this.nanoTime.getAsLong();
		if (this.windows.size() > PRUNE_ABOVE) {
			this.windows.values().removeIf((window) -> window.hasEnded(now));
		}
		Window window = this.windows.compute(routeId + ' ' + id,
				(key, current) -> (current == null || current.hasEnded(now)) ? Window.first(now, config)
						: current.next(config));
		return Mono.just(window.response(config, now));
	}

	/** The clients counted now, for tests. */
	int clients() {
		return this.windows.size();
	}

	/** One client's window on one route: when it ends and how many requests it has seen. */
	private record Window(long endsAt, int count) {

		static Window first(long now, Config config) {
			return new Window(now + config.getWindow().toNanos(), 1);
		}

		/** The count stops one past the limit: denied is denied, and it cannot overflow. */
		Window next(Config config) {
			return new Window(this.endsAt, Math.min(this.count + 1, config.getLimit() + 1));
		}

		boolean hasEnded(long now) {
			return now - this.endsAt >= 0;
		}

		Response response(Config config, long now) {
			boolean allowed = this.count <= config.getLimit();
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("X-RateLimit-Limit", String.valueOf(config.getLimit()));
			headers.put("X-RateLimit-Remaining", String.valueOf(Math.max(0, config.getLimit() - this.count)));
			if (!allowed) {
				// whole seconds, rounded up: a client that waits that long finds a new window
				headers.put("Retry-After", String.valueOf(Math.max(1, (this.endsAt - now + 999_999_999) / 1_000_000_000)));
			}
			return new Response(allowed, headers);
		}

	}

	/**
	 * A limit and its window, as {@code sample.rate-limit.*} or a route's
	 * {@code fixed-window-rate-limiter.*} arguments bind them.
	 */
	public static class Config {

		/**
		 * Requests a client may send in one window; the next ones get a 429 until it ends.
		 */
		private int limit = 100;

		/**
		 * The length of a window, which starts with a client's first request.
		 */
		private Duration window = Duration.ofSeconds(1);

		public int getLimit() {
			return this.limit;
		}

		public void setLimit(int limit) {
			if (limit < 1) {
				throw new IllegalArgumentException("the limit must be at least 1 request per window: with " + limit
						+ " every request would get a 429; to stop limiting a route, remove its RequestRateLimiter filter");
			}
			this.limit = limit;
		}

		public Duration getWindow() {
			return this.window;
		}

		public void setWindow(Duration window) {
			if (window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException(
						"the window must be longer than zero, such as 1s or 1m; " + window + " counts nothing");
			}
			this.window = window;
		}

		@Override
		public String toString() {
			return this.limit + " per " + this.window;
		}

	}

}
