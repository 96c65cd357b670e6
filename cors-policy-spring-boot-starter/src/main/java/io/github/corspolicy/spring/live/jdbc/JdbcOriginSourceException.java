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

import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The JDBC origin source cannot start as configured: names the {@code cors.sources.jdbc.*} property
 * at fault, its value, what is wrong and what to do, for the start-up failure report.
 */
public final class JdbcOriginSourceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private static final String OR_NOT_REQUIRED = "; or set cors.sources.jdbc.required=false to start with the cors.* origins only";

	private final String property;

	private final String value;

	private final String problem;

	private final String fix;

	private JdbcOriginSourceException(String property, String value, String problem, String fix,
			@Nullable Throwable cause) {
		super(property + "='" + value + "' " + problem + "; fix: " + fix, cause);
		this.property = property;
		this.value = value;
		this.problem = problem;
		this.fix = fix;
	}

	/** {@code cors.sources.jdbc.enabled=true} without Spring Boot's JDBC support on the classpath. */
	public static JdbcOriginSourceException withoutSpringJdbc() {
		return new JdbcOriginSourceException("cors.sources.jdbc.enabled", "true",
				"needs Spring Boot's JDBC support (spring-boot-jdbc), which is not on the classpath",
				"add the dependency org.springframework.boot:spring-boot-starter-jdbc and the database's driver, "
						+ "or remove cors.sources.jdbc.enabled",
				null);
	}

	/** {@code cors.sources.jdbc.enabled=true} without one {@code DataSource} to read. */
	public static JdbcOriginSourceException withoutDataSource(int dataSources) {
		String problem = (dataSources == 0) ? "needs the application's DataSource, and there is none"
				: "needs one DataSource, and there are " + dataSources + " with none marked @Primary";
		return new JdbcOriginSourceException("cors.sources.jdbc.enabled", "true", problem,
				"set spring.datasource.url (with spring-boot-starter-jdbc and the database's driver), mark one "
						+ "DataSource @Primary, or remove cors.sources.jdbc.enabled",
				null);
	}

	/** The table could not be read at start-up, with {@code cors.sources.jdbc.required=true}. */
	public static JdbcOriginSourceException unreadable(DataAccessException failure, String schemaScript) {
		String fix = (failure instanceof DataAccessResourceFailureException)
				? "start the database, or correct spring.datasource.url, username and password" + OR_NOT_REQUIRED
				: "create the table with " + schemaScript
						+ " (from your migration tool, or with cors.sources.jdbc.initialize-schema=true)" + OR_NOT_REQUIRED;
		return new JdbcOriginSourceException("cors.sources.jdbc.required", "true",
				"makes start-up read the cors_origin table, and reading it failed: " + causeOf(failure), fix, failure);
	}

	/** {@code cors.sources.jdbc.initialize-schema=true} on a database the starter has no script for. */
	public static JdbcOriginSourceException noSchemaScript(String database) {
		return new JdbcOriginSourceException("cors.sources.jdbc.initialize-schema", "true",
				"has no script for " + database + ": the starter ships schema scripts for PostgreSQL and H2",
				"create the cors_origin table with your migration tool (docs/live-origins.md, section JDBC) "
						+ "and remove cors.sources.jdbc.initialize-schema",
				null);
	}

	/** The schema script failed (permissions, a table of another shape). */
	public static JdbcOriginSourceException schemaFailed(DataAccessException failure, String schemaScript) {
		String fix = (failure instanceof DataAccessResourceFailureException)
				? "start the database, or correct spring.datasource.url, username and password" + OR_NOT_REQUIRED
				: "let the DataSource's user create tables, functions and triggers, or apply " + schemaScript
						+ " with your migration tool and remove cors.sources.jdbc.initialize-schema";
		return new JdbcOriginSourceException("cors.sources.jdbc.initialize-schema", "true",
				"runs " + schemaScript + ", and it failed: " + causeOf(failure), fix, failure);
	}

	/**
	 * The first line of the driver's message (the deepest SQLException's: it names the host and port,
	 * or the table), else of the root cause's.
	 */
	public static String causeOf(Throwable failure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		for (Throwable next = failure; next != null; next = next.getCause()) {
			if (next instanceof SQLException && next.getMessage() != null) {
				cause = next;
			}
		}
		String message = cause.getMessage();
		// the first line: drivers add the statement and its position on the next ones
		return (message != null && !message.isBlank()) ? message.strip().lines().findFirst().orElseThrow()
				: cause.getClass().getSimpleName();
	}

	/** The property at fault, such as {@code cors.sources.jdbc.required}. */
	public String property() {
		return this.property;
	}

	/** Its value as configured. */
	public String value() {
		return this.value;
	}

	/** What is wrong, as "it ..." continues it. */
	public String problem() {
		return this.problem;
	}

	/** What to do instead. */
	public String fix() {
		return this.fix;
	}

}
