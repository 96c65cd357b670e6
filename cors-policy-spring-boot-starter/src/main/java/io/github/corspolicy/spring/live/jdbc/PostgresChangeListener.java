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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Listens on one PostgreSQL connection of its own for the {@code cors_origin_changed}
 * notifications of the table's trigger, on a daemon thread, and asks for a refresh on each. When
 * the connection drops it reconnects with a growing pause, logging one line when it is lost and one
 * when it is back; polling covers the gap, and a refresh is asked for after every (re)connection,
 * for the changes made while nobody listened.
 */
public final class PostgresChangeListener implements AutoCloseable {

	/** The channel the schema's trigger notifies. */
	public static final String CHANNEL = "cors_origin_changed";

	/** How long one wait for notifications lasts: the bound on noticing {@link #close()}. */
	private static final int WAIT_MILLIS = 500;

	/** How often an idle connection is checked, since a silent network loss raises no error. */
	private static final Duration PROBE_EVERY = Duration.ofSeconds(15);

	private static final Log logger = LogFactory.getLog(PostgresChangeListener.class);

	private final DataSource connections;

	private final Duration firstPause;

	private final Duration longestPause;

	private final CountDownLatch closed = new CountDownLatch(1);

	private @Nullable Thread thread;

	// used by the listening thread only
	private Duration pause;

	private boolean lost;

	/**
	 * @param connections where the listening connection comes from: one held for the life of the
	 * listener, reopened after a loss
	 * @param firstPause the pause before the first reconnection attempt, doubled after each failure
	 * @param longestPause the longest pause between two attempts
	 */
	public PostgresChangeListener(DataSource connections, Duration firstPause, Duration longestPause) {
		this.connections = connections;
		this.firstPause = firstPause;
		this.longestPause = longestPause;
		this.pause = firstPause;
	}

	/**
	 * A listener on a connection of its own, outside the application's pool, opened with the
	 * PostgreSQL driver from the DataSource's URL and credentials.
	 */
	public static PostgresChangeListener connectingTo(String url, @Nullable String username, @Nullable String password) {
		Properties properties = new Properties();
		properties.setProperty("ApplicationName", "cors-policy LISTEN " + CHANNEL);
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("tcpKeepAlive", "true");
		SimpleDriverDataSource connections = new SimpleDriverDataSource(new Driver(), url, username, password);
		connections.setConnectionProperties(properties);
		return new PostgresChangeListener(connections, Duration.ofMillis(250), Duration.ofSeconds(5));
	}

	/**
	 * A listener on one connection held from the application's pool, for a {@code DataSource} whose
	 * URL and credentials are not known: the pool has one connection less for requests.
	 */
	public static PostgresChangeListener fromPool(DataSource pool) {
		return new PostgresChangeListener(pool, Duration.ofMillis(250), Duration.ofSeconds(5));
	}

	/** Starts the listening thread, once; later calls do nothing. */
	public synchronized void start(Runnable refreshSoon) {
		if (this.thread != null || isClosed()) {
			return;
		}
		Thread listening = new Thread(() -> listen(refreshSoon), "cors-jdbc-listen");
		listening.setDaemon(true);
		listening.start();
		this.thread = listening;
	}

	/** Stops listening: the thread ends within about half a second and closes its connection. */
	@Override
	public void close() {
		this.closed.countDown();
		Thread listening;
		synchronized (this) {
			listening = this.thread;
		}
		if (listening != null) {
			try {
				listening.join(WAIT_MILLIS * 4L);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void listen(Runnable refreshSoon) {
		while (!isClosed()) {
			try (Connection connection = this.connections.getConnection()) {
				subscribe(connection);
				listening();
				refreshSoon.run();
				receive(connection, refreshSoon);
			}
			catch (SQLException | RuntimeException ex) {
				if (!isClosed()) {
					lost(ex);
				}
			}
		}
	}

	/** Subscribed: one line if it follows a loss, and the next loss starts from the first pause. */
	private void listening() {
		if (this.lost) {
			logger.info("CORS origins: listening for " + CHANNEL + " notifications again");
		}
		this.lost = false;
		this.pause = this.firstPause;
	}

	/** Lost or not had: one line for the first failure in a row, then a pause, each twice the last. */
	private void lost(Exception failure) {
		if (!this.lost) {
			logger.warn("CORS origins: not listening for " + CHANNEL + " notifications (" + failure.getMessage()
					+ "); polling continues, reconnecting");
		}
		this.lost = true;
		pauseFor(this.pause);
		this.pause = (this.pause.compareTo(this.longestPause.dividedBy(2)) < 0) ? this.pause.multipliedBy(2)
				: this.longestPause;
	}

	private static void subscribe(Connection connection) throws SQLException {
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + CHANNEL);
		}
	}

	private void receive(Connection connection, Runnable refreshSoon) throws SQLException {
		PGConnection postgres = connection.unwrap(PGConnection.class);
		long probeAt = System.nanoTime() + PROBE_EVERY.toNanos();
		while (!isClosed()) {
			PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
			if (notifications != null && notifications.length > 0) {
				refreshSoon.run();
			}
			if (System.nanoTime() - probeAt > 0) {
				if (!connection.isValid(5)) {
					throw new SQLException("the connection no longer answers");
				}
				probeAt = System.nanoTime() + PROBE_EVERY.toNanos();
			}
		}
	}

	private void pauseFor(Duration pause) {
		try {
			this.closed.await(pause.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.closed.countDown();
		}
	}

	private boolean isClosed() {
		return this.closed.getCount() == 0;
	}

}
