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

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.dao.DataAccessException;

import io.github.corspolicy.spring.live.CorsOriginEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The JDBC source on a real PostgreSQL 15: the shipped schema script, the rows it reads, the
 * trigger's notifications and the listener's reconnection after a restart.
 */
class JdbcCorsOriginSourcePostgresTests {

	@RegisterExtension
	static final PostgresServer postgres = new PostgresServer();

	/** How long a signal may take before it counts as never sent: generous, for a loaded machine. */
	private static final Duration LIMIT = Duration.ofSeconds(60);

	static final List<Arguments> changes = List.of(
			argumentSet("an insert", "INSERT INTO cors_origin (origin) VALUES ('https://new.example.com')"),
			argumentSet("an update", "UPDATE cors_origin SET enabled = FALSE"),
			argumentSet("a delete", "DELETE FROM cors_origin"),
			argumentSet("a truncate", "TRUNCATE cors_origin"));

	private final BlockingQueue<Long> signals = new LinkedBlockingQueue<>();

	@BeforeEach
	void freshTable() throws Exception {
		postgres.execute("DROP TABLE IF EXISTS cors_origin");
		initializeSchema();
	}

	@Test
	void enabledRowsAreEntriesWithTheirIdMappingKindAndOriginAsStored() throws Exception {
		postgres.execute("INSERT INTO cors_origin (id, origin) VALUES (1, 'https://app.example.com')",
				"INSERT INTO cors_origin (id, mapping_name, kind, origin) VALUES (2, 'partners', 'pattern', 'https://*.partner.example')",
				"INSERT INTO cors_origin (id, kind, origin) VALUES (3, 'regex', 'https://pr-[0-9]+\\.preview\\.example\\.com')",
				"INSERT INTO cors_origin (id, kind, origin) VALUES (4, 'Exact ', ' https://spaced.example.com')");
		assertThat(source().load()).containsExactly(
				new CorsOriginEntry("1", null, "exact", "https://app.example.com"),
				new CorsOriginEntry("2", "partners", "pattern", "https://*.partner.example"),
				new CorsOriginEntry("3", null, "regex", "https://pr-[0-9]+\\.preview\\.example\\.com"),
				new CorsOriginEntry("4", null, "Exact ", " https://spaced.example.com"));
	}

	@Test
	void disabledRowsAreLeftOut() throws Exception {
		postgres.execute("INSERT INTO cors_origin (id, origin) VALUES (1, 'https://kept.example.com')",
				"INSERT INTO cors_origin (id, origin, enabled) VALUES (2, 'https://revoked.example.com', FALSE)");
		assertThat(source().load()).extracting(CorsOriginEntry::origin).containsExactly("https://kept.example.com");
	}

	@Test
	void rowsWithoutKindOrOriginArePassedOnEmptyForTheSnapshotToReport() throws Exception {
		postgres.execute("ALTER TABLE cors_origin ALTER COLUMN kind DROP NOT NULL, ALTER COLUMN origin DROP NOT NULL",
				"INSERT INTO cors_origin (id, kind, origin) VALUES (1, NULL, 'https://no-kind.example.com')",
				"INSERT INTO cors_origin (id, kind, origin) VALUES (2, 'exact', NULL)",
				"INSERT INTO cors_origin (id, mapping_name, kind, origin) VALUES (3, '', '', '')",
				"INSERT INTO cors_origin (id, origin) VALUES (4, 'https://fine.example.com')");
		assertThat(source().load()).containsExactly(new CorsOriginEntry("1", null, "", "https://no-kind.example.com"),
				new CorsOriginEntry("2", null, "exact", ""), new CorsOriginEntry("3", "", "", ""),
				new CorsOriginEntry("4", null, "exact", "https://fine.example.com"));
	}

	@Test
	void aReadThatOutlastsTheQueryTimeoutFailsInsteadOfHanging() throws Exception {
		JdbcCorsOriginSource source = new JdbcCorsOriginSource(postgres.dataSource(), Duration.ofSeconds(10),
				Duration.ofSeconds(1), true, null);
		try (var locker = postgres.dataSource().getConnection(); var statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			statement.execute("LOCK TABLE cors_origin IN ACCESS EXCLUSIVE MODE");
			long start = System.nanoTime();
			// the lock is held until the end: only the query timeout can end the read, and the server says so
			assertThatExceptionOfType(DataAccessException.class).isThrownBy(source::load)
				.satisfies((ex) -> assertThat(sqlState(ex)).as("the server's code for a statement timeout")
					.isEqualTo("57014"));
			System.out.printf("A read blocked by a lock failed after %d ms (query timeout 1 s)%n",
					Duration.ofNanos(System.nanoTime() - start).toMillis());
			locker.rollback();
		}
	}

	@Test
	void runningTheSchemaScriptAgainKeepsTheRowsAndNotifiesOncePerStatement() throws Exception {
		postgres.execute("INSERT INTO cors_origin (origin) VALUES ('https://kept.example.com')");
		initializeSchema();
		initializeSchema();
		assertThat(source().load()).extracting(CorsOriginEntry::origin).containsExactly("https://kept.example.com");
		try (PostgresChangeListener listener = listening()) {
			postgres.execute("INSERT INTO cors_origin (origin) VALUES ('https://a.example.com'), ('https://b.example.com')");
			assertThat(this.signals.poll(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("a signal for the insert").isNotNull();
			assertThat(this.signals.poll(700, TimeUnit.MILLISECONDS)).as("a second signal").isNull();
		}
	}

	@Test
	void anUpdateMovesUpdatedAtForward() throws Exception {
		postgres.execute("INSERT INTO cors_origin (id, origin, updated_at) VALUES (1, 'https://a.example.com', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00')",
				"UPDATE cors_origin SET enabled = FALSE WHERE id = 1");
		try (var connection = postgres.dataSource().getConnection(); var statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT updated_at > CURRENT_TIMESTAMP - INTERVAL '1 minute' FROM cors_origin")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getBoolean(1)).as("updated_at set by the update").isTrue();
		}
	}

	/** The contract's bound, one second, is measured and printed; a loaded machine must not fail the test. */
	@ParameterizedTest
	@FieldSource("changes")
	void aCommittedChangeIsSignalled(String change) throws Exception {
		postgres.execute("INSERT INTO cors_origin (origin) VALUES ('https://app.example.com')");
		try (PostgresChangeListener listener = listening()) {
			long sent = send(change);
			Long signalled = this.signals.poll(LIMIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(signalled).as("a signal for the change").isNotNull();
			printLatency("statement sent to signal (" + change + ", PostgreSQL 15)", signalled - sent);
		}
	}

	@Test
	void afterARestartTheListenerReconnectsAndSignalsAgain() throws Exception {
		try (PostgresChangeListener listener = listening()) {
			long stopped = System.nanoTime();
			postgres.restart();
			assertThat(this.signals.poll(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the signal after reconnecting").isNotNull();
			System.out.printf("LISTEN back %.0f ms after the restart began%n", (System.nanoTime() - stopped) / 1_000_000.0);
			long sent = send("INSERT INTO cors_origin (origin) VALUES ('https://after.example.com')");
			Long signalled = this.signals.poll(LIMIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(signalled).as("a change signalled after the restart").isNotNull();
			printLatency("after a restart", signalled - sent);
		}
	}

	/** A listener that has subscribed: the signal it gives after LISTEN is taken. */
	private PostgresChangeListener listening() throws InterruptedException {
		PostgresChangeListener listener = PostgresChangeListener.connectingTo(postgres.jdbcUrl(), postgres.username(), "");
		listener.start(() -> this.signals.add(System.nanoTime()));
		assertThat(this.signals.poll(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the signal after LISTEN").isNotNull();
		return listener;
	}

	/** Commits a change; returns when its statement was sent, since the signal may come before the call returns. */
	private static long send(String change) throws Exception {
		try (var connection = postgres.dataSource().getConnection(); var statement = connection.createStatement()) {
			long sent = System.nanoTime();
			statement.execute(change);
			return sent;
		}
	}

	private static JdbcCorsOriginSource source() {
		return new JdbcCorsOriginSource(postgres.dataSource(), Duration.ofSeconds(10), Duration.ofSeconds(5), true, null);
	}

	private static void initializeSchema() throws Exception {
		JdbcSchemaInitializer initializer = new JdbcSchemaInitializer(postgres.dataSource(),
				new JdbcDatabase(DatabaseDriver.POSTGRESQL, postgres.jdbcUrl()), true);
		initializer.setResourceLoader(new DefaultResourceLoader());
		initializer.afterPropertiesSet();
	}

	/** The SQL state of the first {@link SQLException} in the chain of causes. */
	private static @Nullable String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private static void printLatency(String what, long nanos) {
		System.out.printf("NOTIFY latency, %s: %.1f ms, %s the bound of 1 s%n", what, nanos / 1_000_000.0,
				(nanos <= 1_000_000_000L) ? "within" : "NOT within");
	}

}
