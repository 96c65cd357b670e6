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
 * from both, within the bound (one second with notifications, the refresh interval without), each
 * time measured and printed; a bad row is skipped while the others apply; with the database
 * stopped the last snapshot keeps serving and health turns {@code OUT_OF_SERVICE} after the
 * staleness bound; restarted, refreshes resume.
 */
class LiveOriginsPostgresTests {

	@RegisterExtension
	static final PostgresServer postgres = new PostgresServer();

	private static final String TENANT = "https://tenant.example.com";

	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	@BeforeEach
	void freshTable() throws Exception {
		postgres.execute("DROP TABLE IF EXISTS cors_origin");
		JdbcSchemaInitializer initializer = new JdbcSchemaInitializer(postgres.dataSource(),
				new JdbcDatabase(DatabaseDriver.POSTGRESQL, postgres.jdbcUrl()), true);
		initializer.setResourceLoader(new DefaultResourceLoader());
		initializer.afterPropertiesSet();
	}

	@Test
	void withNotifyBothInstancesAllowAndRevokeAnOriginWithinOneSecond() throws Exception {
		// polling every minute: only the notification can explain a change within a second
		String[] settings = { "cors.sources.jdbc.notify=true", "cors.sources.jdbc.refresh-interval=60s" };
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
	void byPollingAloneBothInstancesFollowWithinTheRefreshInterval() throws Exception {
		Duration interval = Duration.ofSeconds(2);
		// one interval, plus the read and the snapshot's build on a busy machine
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
		try (LiveInstance first = LiveInstance.start(postgres, "cors.sources.jdbc.notify=true");
				LiveInstance second = LiveInstance.start(postgres, "cors.sources.jdbc.notify=true")) {
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
			List<Duration> outOfService = measure(stopped, (instance) -> "OUT_OF_SERVICE".equals(instance.health()),
					Duration.ofSeconds(10), first, second);
			System.out.printf("Database stopped: health OUT_OF_SERVICE after %s (max-staleness 3s)%n", outOfService);
			assertThat(outOfService).doesNotContainNull().allSatisfy((after) -> assertThat(after).isGreaterThan(Duration.ofSeconds(2)));
			for (LiveInstance instance : List.of(first, second)) {
				assertThat(instance.allows(TENANT)).as("served from the last snapshot").isTrue();
				assertThat(instance.allows("https://other.example.com")).isFalse();
			}
			long restarted = System.nanoTime();
			postgres.start();
			postgres.execute("INSERT INTO cors_origin (origin) VALUES ('https://after.example.com')");
			List<Duration> resumed = measure(restarted, (instance) -> instance.allows("https://after.example.com")
					&& "UP".equals(instance.health()), Duration.ofSeconds(15), first, second);
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
		List<Duration> inserted = measure(sent, (instance) -> instance.allows(origin), Duration.ofSeconds(30), instances);
		sent = System.nanoTime();
		postgres.execute("DELETE FROM cors_origin WHERE origin = '" + origin + "'");
		List<Duration> deleted = measure(sent, (instance) -> !instance.allows(origin), Duration.ofSeconds(30), instances);
		System.out.printf("Warm-up (first changes after start-up, not bounded): insert %s, delete %s%n", inserted, deleted);
		assertThat(inserted).doesNotContainNull();
		assertThat(deleted).doesNotContainNull();
	}

	/**
	 * Runs a change and asserts that every instance shows it within {@code bound}, printing how long
	 * each took from the statement being sent.
	 */
	private static void propagates(String what, String change, Predicate<LiveInstance> shown, Duration bound,
			LiveInstance... instances) throws Exception {
		long sent;
		try (Connection connection = postgres.dataSource().getConnection(); Statement statement = connection.createStatement()) {
			sent = System.nanoTime();
			statement.execute(change);
		}
		List<Duration> took = measure(sent, shown, bound.plusSeconds(5), instances);
		System.out.printf("Propagation (%s) to %d instances: %s, bound %s%n", what, instances.length, took, bound);
		assertThat(took).as(what).doesNotContainNull().allSatisfy((after) -> assertThat(after).isLessThanOrEqualTo(bound));
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
