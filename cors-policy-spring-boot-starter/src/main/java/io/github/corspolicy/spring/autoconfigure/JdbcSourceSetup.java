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
package io.github.corspolicy.spring.autoconfigure;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.dao.DataAccessException;
import org.springframework.util.ClassUtils;

import io.github.corspolicy.spring.autoconfigure.CorsPolicyProperties.Jdbc;
import io.github.corspolicy.spring.live.jdbc.JdbcCorsOriginSource;
import io.github.corspolicy.spring.live.jdbc.JdbcDatabase;
import io.github.corspolicy.spring.live.jdbc.JdbcOriginSourceException;
import io.github.corspolicy.spring.live.jdbc.JdbcSchemaInitializer;
import io.github.corspolicy.spring.live.jdbc.PostgresChangeListener;

/**
 * The decisions behind the JDBC source's beans: which {@code DataSource}, which database, whether
 * to listen and on which connection, and what start-up does when the table cannot be read.
 */
final class JdbcSourceSetup {

	static final String POSTGRES_DRIVER = "org.postgresql.PGConnection";

	private static final Log logger = LogFactory.getLog(JdbcSourceSetup.class);

	private final Jdbc properties;

	private final DataSource dataSource;

	private final @Nullable JdbcConnectionDetails connectionDetails;

	JdbcSourceSetup(Jdbc properties, ObjectProvider<DataSource> dataSources,
			@Nullable JdbcConnectionDetails connectionDetails) {
		this.properties = properties;
		DataSource unique = dataSources.getIfUnique();
		if (unique == null) {
			throw JdbcOriginSourceException.withoutDataSource((int) dataSources.stream().count());
		}
		this.dataSource = unique;
		this.connectionDetails = connectionDetails;
	}

	/** The schema script's runner for the database; a database that cannot be reached fails start-up if required. */
	JdbcSchemaInitializer schemaInitializer() {
		return new JdbcSchemaInitializer(this.dataSource, database(), this.properties.isRequired());
	}

	/** The source, its table read once: when that fails, start-up fails if the source is required. */
	JdbcCorsOriginSource checkedSource() {
		JdbcDatabase database = database();
		JdbcCorsOriginSource source = new JdbcCorsOriginSource(this.dataSource, this.properties.getRefreshInterval(),
				this.properties.getQueryTimeout(), this.properties.isRequired(), listener(database));
		try {
			logger.debug("CORS origins: " + source.load().size() + " enabled rows in cors_origin");
		}
		catch (DataAccessException ex) {
			if (this.properties.isRequired()) {
				source.close();
				throw JdbcOriginSourceException.unreadable(ex,
						(database != null) ? database.schemaScript() : JdbcDatabase.ANY_SCRIPT);
			}
			logger.warn("CORS origins: the cors_origin table cannot be read (" + JdbcOriginSourceException.causeOf(ex)
					+ "); cors.sources.jdbc.required=false: starting with the cors.* origins only, retrying every "
					+ this.properties.getRefreshInterval());
		}
		return source;
	}

	/** The database, or {@code null} when it cannot be reached and the source is not required. */
	private @Nullable JdbcDatabase database() {
		String url = (this.connectionDetails != null) ? this.connectionDetails.getJdbcUrl() : null;
		try {
			return JdbcDatabase.of(this.dataSource, url);
		}
		catch (DataAccessException ex) {
			if (this.properties.isRequired()) {
				throw JdbcOriginSourceException.unreadable(ex, JdbcDatabase.ANY_SCRIPT);
			}
			return null;
		}
	}

	/**
	 * The LISTEN connection when {@code notify} is set and the database is PostgreSQL (or cannot be
	 * told yet): a connection of its own when Spring Boot built the pool from connection details, so
	 * that the pool keeps every connection for requests; else one connection held from the pool.
	 */
	private @Nullable PostgresChangeListener listener(@Nullable JdbcDatabase database) {
		if (!this.properties.isNotify()) {
			return null;
		}
		if ((database != null && !database.isPostgres())
				|| !ClassUtils.isPresent(POSTGRES_DRIVER, JdbcSourceSetup.class.getClassLoader())) {
			logger.warn("CORS origins: cors.sources.jdbc.notify=true is ignored: LISTEN/NOTIFY needs PostgreSQL, and "
					+ "the database is " + ((database != null) ? database.displayName() : "not known")
					+ "; the table is polled every " + this.properties.getRefreshInterval());
			return null;
		}
		JdbcConnectionDetails details = this.connectionDetails;
		return (details != null)
				? PostgresChangeListener.connectingTo(details.getJdbcUrl(), details.getUsername(), details.getPassword())
				: PostgresChangeListener.fromPool(this.dataSource);
	}

}
