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

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database behind a {@code DataSource}, told by its JDBC URL, and the schema script the starter
 * ships for it, if any.
 *
 * @param driver the database, {@link DatabaseDriver#UNKNOWN} when the URL names none Spring Boot knows
 * @param url the JDBC URL
 */
public record JdbcDatabase(DatabaseDriver driver, String url) {

	private static final String SCRIPTS = "classpath:io/github/corspolicy/spring/live/jdbc/schema-";

	/** Where the shipped scripts are, for messages when the database cannot be told. */
	public static final String ANY_SCRIPT = SCRIPTS + "postgresql.sql (or schema-h2.sql)";

	/**
	 * The database at {@code url}, or, when it is not known from the configuration, the one a
	 * connection of the {@code DataSource} reports.
	 * @throws DataAccessException when no connection can be had
	 */
	public static JdbcDatabase of(DataSource dataSource, @Nullable String url) {
		String actual = (url != null) ? url
				: new JdbcTemplate(dataSource).execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getURL());
		return new JdbcDatabase(DatabaseDriver.fromJdbcUrl(actual), (actual != null) ? actual : "");
	}

	/** Whether the database has LISTEN/NOTIFY. */
	public boolean isPostgres() {
		return this.driver == DatabaseDriver.POSTGRESQL;
	}

	/** Whether the starter ships a schema script for the database. */
	public boolean hasSchemaScript() {
		return this.driver == DatabaseDriver.POSTGRESQL || this.driver == DatabaseDriver.H2;
	}

	/** The location of the schema script for the database, such as {@code classpath:.../schema-h2.sql}. */
	public String schemaScript() {
		return hasSchemaScript() ? SCRIPTS + this.driver.getId() + ".sql" : ANY_SCRIPT;
	}

	/** The database's name for messages, such as {@code PostgreSQL} or the JDBC URL's scheme. */
	public String displayName() {
		if (this.driver != DatabaseDriver.UNKNOWN) {
			return this.driver.name();
		}
		String[] parts = this.url.split(":", 3);
		return (parts.length > 1) ? parts[1] + " (" + this.url + ")" : this.url;
	}

}
