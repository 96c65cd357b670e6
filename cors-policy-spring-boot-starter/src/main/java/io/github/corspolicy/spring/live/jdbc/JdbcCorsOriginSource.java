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

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.corspolicy.spring.live.CorsOriginEntry;
import io.github.corspolicy.spring.live.CorsOriginSource;

/**
 * The allowed origins of the {@code cors_origin} table: every enabled row, read with one query
 * bounded by a timeout. Rows are passed on as stored (a NULL kind or origin as an empty value), so
 * that the snapshot builder names a bad one and skips it; one bad row never fails the read.
 */
public final class JdbcCorsOriginSource implements CorsOriginSource, AutoCloseable {

	/** The source's name in logs, metrics and the {@code cors} endpoint. */
	public static final String NAME = "jdbc";

	static final String QUERY = "SELECT id, mapping_name, kind, origin FROM cors_origin WHERE enabled = TRUE ORDER BY id";

	private final JdbcTemplate jdbc;

	private final Duration refreshInterval;

	private final boolean required;

	private final @Nullable PostgresChangeListener listener;

	/**
	 * @param dataSource the application's database
	 * @param refreshInterval how often the table is read without a change signal
	 * @param queryTimeout the longest one read may take
	 * @param required whether start-up fails when the table cannot be read
	 * @param listener the LISTEN connection that signals changes, or {@code null} to poll only
	 */
	public JdbcCorsOriginSource(DataSource dataSource, Duration refreshInterval, Duration queryTimeout,
			boolean required, @Nullable PostgresChangeListener listener) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setQueryTimeout(Math.max(1, (int) Math.ceil(queryTimeout.toMillis() / 1000.0)));
		this.refreshInterval = refreshInterval;
		this.required = required;
		this.listener = listener;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<CorsOriginEntry> load() {
		return this.jdbc.query(QUERY, JdbcCorsOriginSource::entry);
	}

	@Override
	public Duration refreshInterval() {
		return this.refreshInterval;
	}

	/** Whether start-up fails when the table cannot be read ({@code cors.sources.jdbc.required}). */
	@Override
	public boolean required() {
		return this.required;
	}

	/** Starts listening for the trigger's notifications, when enabled; polling applies regardless. */
	@Override
	public void onChange(Runnable refreshSoon) {
		if (this.listener != null) {
			this.listener.start(refreshSoon);
		}
	}

	/** Whether change notifications are listened for. */
	public boolean listens() {
		return this.listener != null;
	}

	/** Stops listening and closes the listening connection. */
	@Override
	public void close() {
		if (this.listener != null) {
			this.listener.close();
		}
	}

	private static CorsOriginEntry entry(ResultSet row, int rowNumber) throws SQLException {
		return new CorsOriginEntry(Objects.requireNonNullElse(row.getString("id"), ""), row.getString("mapping_name"),
				Objects.requireNonNullElse(row.getString("kind"), ""),
				Objects.requireNonNullElse(row.getString("origin"), ""));
	}

}
