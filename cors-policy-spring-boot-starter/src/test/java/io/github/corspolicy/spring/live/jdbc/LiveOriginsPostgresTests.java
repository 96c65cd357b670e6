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
package io.github.corspolicy.spring.live.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of an application on one real PostgreSQL database, as a browser and a load
 * balancer see them: an origin inserted into {@code cors_origin} is allowed by both, and revoked
 * from both; with notifications on, only the notification can explain it (the poll interval is far
 * longer than the test); a bad row is skipped while the others apply; with the database stopped the
 * last snapshot keeps serving and health turns {@code OUT_OF_SERVICE} once the source is staler than
 * the bound; restarted, refreshes resume.
 * <p>
 * The bounds of the contract (one second with notifications, the refresh interval without) are
 * measured and printed for every change, with whether they were met; they are not asserted, since a
 * machine under load can break any wall-clock bound (speed is measured by the benchmarks). What is
 * asserted is the behaviour, with waits far longer than a change takes.
 */
class LiveOriginsPostgresTests {

	@RegisterExtension
	static final PostgresServer postgres = new PostgresServer();

	private static final String TENANT = "https://tenant.example.com";

	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	/** How long a change may take to show before it counts as never shown: generous, for a loaded machine. */
	private static final Duration LIMIT = Duration.ofSeconds(60);

	/**
	 * The poll interval of the tests with notifications: far beyond {@link #LIMIT} and any test's
	 * length, so that no poll runs during the test and a change shown can only come from a notification.
	 */
	private static final String NO_POLL_DURING_THE_TEST = "cors.sources.jdbc.refresh-interval=1h";

	@BeforeEach
	void freshTable() throws Exception {
		postgres.execute("DROP TABLE IF EXISTS cors_origin");
		JdbcSchemaInitializer initializer = new JdbcSchemaInitializer(postgres.dataSource(),
				new JdbcDatabase(DatabaseDriver.POSTGRESQL, postgres.jdbcUrl()), true);
		initializer.setResourceLoader(new DefaultResourceLoader());
		initializer.afterPropertiesSet();
	}

	@Test
	void withNotifyBothInstancesAllowAndRevokeAnOriginWithoutAPoll() throws Exception {
		String[] settings = { "cors.sources.jdbc.notify=true", NO_POLL_DURING_THE_TEST };
		try (LiveInstance first = LiveInstance.start(postgres, settings);
				LiveInstance second = LiveInstance.start(postgres, settings)) {
			warmUp(first, second);
			assertThat(first.allows(TENANT) || second.allows(TENANT)).as("allowed before the insert").isFalse();
			propagates("insert, notify", "INSERT INTO cors_origin (origin) VALUES ('" + TENANT + "')",
					(instance) -> instance.allows(TENANT), ONE_SECOND, first, second);
			propagates("disable, notify", "UPDATE cors_origin SET enabled = FALSE WHERE origin = '" + TENANT + "'",
					(instance) -> !instance.allows(TENANT), ONE_SECOND, first, second);
			propagates("enable, notify", "UPDATE cors_origin SET enabled = TRUE WHERE origin = '" + TENANT + "'",
					(instance) -> instance.allows(TENANT), ONE_SECOND, first, second);
			propagates("delete, notify", "DELETE FROM cors_origin WHERE origin = '" + TENANT + "'",
					(instance) -> !instance.allows(TENANT), ONE_SECOND, first, second);
			assertThat(first.allows("https://app.example.com") && second.allows("https://app.example.com"))
				.as("the property origin throughout").isTrue();
		}
	}

	@Test
	void byPollingAloneBothInstancesFollow() throws Exception {
		Duration interval = Duration.ofSeconds(2);
		// the contract's bound: one interval, plus the read and the snapshot's build
		Duration bound = interval.plusSeconds(1);
		String[] settings = { "cors.sources.jdbc.notify=false", "cors.sources.jdbc.refresh-interval=" + interval.toSeconds() + "s" };
		try (LiveInstance first = LiveInstance.start(postgres, settings);
				LiveInstance second = LiveInstance.start(postgres, settings)) {
			warmUp(first, second);
			propagates("insert, polling every 2 s", "INSERT INTO cors_origin (origin) VALUES ('" + TENANT + "')",
					(instance) -> instance.allows(TENANT), bound, first, second);
			propagates("delete, polling every 2 s", "DELETE FROM cors_origin WHERE origin = '" + TENANT + "'",
					(instance) -> !instance.allows(TENANT), bound, first, second);
		}
	}

	@Test
	void aBadRowIsSkippedWhileTheOtherRowsApply() throws Exception {
		String[] settings = { "cors.sources.jdbc.notify=true", NO_POLL_DURING_THE_TEST };
		try (LiveInstance first = LiveInstance.start(postgres, settings);
				LiveInstance second = LiveInstance.start(postgres, settings)) {
			warmUp(first, second);
			propagates("a good row among bad ones, notify", "INSERT INTO cors_origin (id, kind, origin) VALUES "
					+ "(101, 'exact', 'not an origin'), (102, 'wildcard', 'https://bad-kind.example.com'), "
					+ "(103, 'exact', 'https://good.example.com'), (104, 'exact', 'https://app.example.com/path')",
					(instance) -> instance.allows("https://good.example.com"), ONE_SECOND, first, second);
			for (LiveInstance instance : List.of(first, second)) {
				assertThat(instance.allows("https://bad-kind.example.com")).isFalse();
				assertThat(instance.allows("https://app.example.com")).as("the property origin").isTrue();
				assertThat(instance.endpoint()).contains("101", "not an origin", "102", "wildcard", "104");
			}
		}
	}

	@Test
	void withTheDatabaseDownTheLastSnapshotServesHealthTurnsOutOfServiceAndRefreshesResumeOnRestart()
			throws Exception {
		String[] settings = { "cors.sources.jdbc.notify=true", "cors.sources.jdbc.refresh-interval=500ms",
				"cors.sources.max-staleness=3s" };
		try (LiveInstance first = LiveInstance.start(postgres, settings);
				LiveInstance second = LiveInstance.start(postgres, settings)) {
			warmUp(first, second);
			propagates("insert before the outage", "INSERT INTO cors_origin (origin) VALUES ('" + TENANT + "')",
					(instance) -> instance.allows(TENANT), ONE_SECOND, first, second);
			assertThat(first.health()).isEqualTo("UP");
			long stopped = System.nanoTime();
			postgres.stop();
			Duration maxStaleness = Duration.ofSeconds(3);
			List<LiveInstance.Health> outOfService = new ArrayList<>(List.of(first.healthReport(), second.healthReport()));
			List<Duration> after = measure(stopped, (instance) -> {
				LiveInstance.Health health = instance.healthReport();
				outOfService.set((instance == first) ? 0 : 1, health);
				return "OUT_OF_SERVICE".equals(health.status());
			}, LIMIT, first, second);
			System.out.printf("Database stopped: health OUT_OF_SERVICE after %s (max-staleness 3s), reporting %s%n",
					after, outOfService);
			assertThat(after).doesNotContainNull();
			assertThat(outOfService).as("out of service only once staler than max-staleness")
				.allSatisfy((health) -> assertThat(health.staleness()).isGreaterThan(maxStaleness));
			for (LiveInstance instance : List.of(first, second)) {
				assertThat(instance.allows(TENANT)).as("served from the last snapshot").isTrue();
				assertThat(instance.allows("https://other.example.com")).isFalse();
			}
			long restarted = System.nanoTime();
			postgres.start();
			postgres.execute("INSERT INTO cors_origin (origin) VALUES ('https://after.example.com')");
			List<Duration> resumed = measure(restarted, (instance) -> instance.allows("https://after.example.com")
					&& "UP".equals(instance.health()), LIMIT, first, second);
			System.out.printf("Database restarted: a new row applied and health UP after %s%n", resumed);
			assertThat(resumed).doesNotContainNull();
		}
	}

	/**
	 * Waits until both instances have applied one change, however long the first refresh takes on
	 * a busy machine (classes loaded, code compiled, LISTEN connections opened): the bounds are
	 * about steady state, not about the first refresh after start-up.
	 */
	private static void warmUp(LiveInstance... instances) throws Exception {
		String origin = "https://warm-up.example.com";
		long sent = System.nanoTime();
		postgres.execute("INSERT INTO cors_origin (origin) VALUES ('" + origin + "')");
		List<Duration> inserted = measure(sent, (instance) -> instance.allows(origin), LIMIT, instances);
		sent = System.nanoTime();
		postgres.execute("DELETE FROM cors_origin WHERE origin = '" + origin + "'");
		List<Duration> deleted = measure(sent, (instance) -> !instance.allows(origin), LIMIT, instances);
		System.out.printf("Warm-up (first changes after start-up, not bounded): insert %s, delete %s%n", inserted, deleted);
		assertThat(inserted).doesNotContainNull();
		assertThat(deleted).doesNotContainNull();
	}

	/**
	 * Runs a change and asserts that every instance shows it (within {@link #LIMIT}), printing how
	 * long each took from the statement being sent and whether that met the contract's bound.
	 */
	private static void propagates(String what, String change, Predicate<LiveInstance> shown, Duration bound,
			LiveInstance... instances) throws Exception {
		long sent;
		try (Connection connection = postgres.dataSource().getConnection(); Statement statement = connection.createStatement()) {
			sent = System.nanoTime();
			statement.execute(change);
		}
		List<Duration> took = measure(sent, shown, LIMIT, instances);
		boolean met = took.stream().allMatch((time) -> time != null && time.compareTo(bound) <= 0);
		System.out.printf("Propagation (%s) to %d instances: %s, bound %s %s (load average %s)%n", what,
				instances.length, took, bound, met ? "met" : "NOT met", loadAverage());
		assertThat(took).as(what + ": shown by every instance").doesNotContainNull();
	}

	/** The machine's load average over the last minute, for the printed times; "unknown" off Linux. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/** How long after {@code since} each instance first met the condition, asking each in turn; null for never. */
	private static List<Duration> measure(long since, Predicate<LiveInstance> condition, Duration limit,
			LiveInstance... instances) {
		Duration[] took = new Duration[instances.length];
		long deadline = since + limit.toNanos();
		while (System.nanoTime() - deadline < 0 && Arrays.stream(took).anyMatch((time) -> time == null)) {
			for (int i = 0; i < instances.length; i++) {
				if (took[i] == null && condition.test(instances[i])) {
					took[i] = Duration.ofNanos(System.nanoTime() - since);
				}
			}
			sleep(5);
		}
		return new ArrayList<>(Arrays.asList(took));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
