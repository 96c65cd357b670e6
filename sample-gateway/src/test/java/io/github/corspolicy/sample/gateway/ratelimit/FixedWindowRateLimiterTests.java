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
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The fixed window, on a clock the test moves: a client's requests up to the limit pass, the next
 * ones are denied with {@code Retry-After} until the window ends, and every client and route counts
 * alone.
 */
class FixedWindowRateLimiterTests {

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	private final AtomicLong now = new AtomicLong(-5 * SECOND); // any origin: System.nanoTime() may be negative

	private final FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(config(3, Duration.ofSeconds(10)), null,
			this.now::get);

	@Test
	void passesTheLimitThenDeniesUntilTheWindowEnds() {
		assertThat(allowed("api", "10.0.0.1", 3)).containsExactly(true, true, true);
		Response denied = ask("api", "10.0.0.1");
		assertThat(denied.isAllowed()).isFalse();
		assertThat(denied.getHeaders()).containsExactlyInAnyOrderEntriesOf(
				Map.of("X-RateLimit-Limit", "3", "X-RateLimit-Remaining", "0", "Retry-After", "10"));
		this.now.addAndGet(10 * SECOND);
		assertThat(ask("api", "10.0.0.1").getHeaders()).containsEntry("X-RateLimit-Remaining", "2")
			.doesNotContainKey("Retry-After");
	}

	static Stream<Arguments> elapsed() {
		return Stream.of(argumentSet("at once", 0L, "10"), argumentSet("after a third of a second", SECOND / 3, "10"),
				argumentSet("after 9.5 s", 9 * SECOND + SECOND / 2, "1"),
				argumentSet("a nanosecond before the end", 10 * SECOND - 1, "1"));
	}

	@ParameterizedTest
	@MethodSource("elapsed")
	void retryAfterIsTheRestOfTheWindowInWholeSecondsRoundedUp(long elapsed, String retryAfter) {
		allowed("api", "10.0.0.1", 3);
		this.now.addAndGet(elapsed);
		assertThat(ask("api", "10.0.0.1").getHeaders()).containsEntry("Retry-After", retryAfter);
	}

	@Test
	void everyClientAndEveryRouteCountsAlone() {
		allowed("api", "10.0.0.1", 4);
		assertThat(ask("api", "10.0.0.2").isAllowed()).as("another client").isTrue();
		assertThat(ask("dashboard", "10.0.0.1").isAllowed()).as("another route").isTrue();
		assertThat(ask("api", "10.0.0.1").isAllowed()).as("the client at its limit").isFalse();
	}

	@Test
	void aRouteWithItsOwnSettingsUsesThem() {
		this.limiter.getConfig().put("limited", config(1, Duration.ofSeconds(2)));
		assertThat(allowed("limited", "10.0.0.1", 2)).containsExactly(true, false);
		assertThat(ask("limited", "10.0.0.1").getHeaders()).containsEntry("X-RateLimit-Limit", "1")
			.containsEntry("Retry-After", "2");
		assertThat(allowed("api", "10.0.0.1", 3)).as("the defaults elsewhere").containsExactly(true, true, true);
	}

	@Test
	void deniedRequestsDoNotExtendTheWindow() {
		allowed("api", "10.0.0.1", 50);
		this.now.addAndGet(10 * SECOND);
		assertThat(ask("api", "10.0.0.1").isAllowed()).isTrue();
	}

	@Test
	void endedWindowsAreDroppedOnceThereAreManyClients() {
		for (int i = 0; i <= FixedWindowRateLimiter.PRUNE_ABOVE; i++) {
			ask("api", "client-" + i);
		}
		assertThat(this.limiter.clients()).isEqualTo(FixedWindowRateLimiter.PRUNE_ABOVE + 1);
		this.now.addAndGet(10 * SECOND);
		ask("api", "a-new-client");
		assertThat(this.limiter.clients()).isEqualTo(1);
	}

	static Stream<Arguments> badSettings() {
		return Stream.of(argumentSet("no request at all", 0, Duration.ofSeconds(1), "the limit must be at least 1"),
				argumentSet("a negative limit", -1, Duration.ofSeconds(1), "with -1 every request would get a 429"),
				argumentSet("an empty window", 1, Duration.ZERO, "the window must be longer than zero, such as 1s"),
				argumentSet("a negative window", 1, Duration.ofSeconds(-1), "PT-1S counts nothing"));
	}

	@ParameterizedTest
	@MethodSource("badSettings")
	void aLimitOrAWindowThatCountsNothingIsRefusedWithTheFix(int limit, Duration window, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> config(limit, window)).withMessageContaining(message);
	}

	private Response ask(String route, String client) {
		return this.limiter.isAllowed(route, client).block();
	}

	private Boolean[] allowed(String route, String client, int requests) {
		return Stream.generate(() -> ask(route, client).isAllowed()).limit(requests).toArray(Boolean[]::new);
	}

	private static FixedWindowRateLimiter.Config config(int limit, Duration window) {
		FixedWindowRateLimiter.Config config = new FixedWindowRateLimiter.Config();
		config.setLimit(limit);
		config.setWindow(window);
		return config;
	}

}
