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

import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Runs the shipped schema script of the database ({@code cors.sources.jdbc.initialize-schema=true}).
 * A Spring Boot script initializer, so that whatever depends on database initialization (the JDBC
 * source, an application's {@code JdbcTemplate}) waits for it. Running it again changes nothing.
 */
public final class JdbcSchemaInitializer extends DataSourceScriptDatabaseInitializer {

	private static final Log logger = LogFactory.getLog(JdbcSchemaInitializer.class);

	private final String script;

	private final boolean required;

	/**
	 * @param dataSource the application's database
	 * @param database which database it is, or {@code null} when it could not be reached to tell
	 * (the script is then not run, with a warning)
	 * @param required whether a database that cannot be reached fails start-up
	 * @throws JdbcOriginSourceException when the starter has no script for the database
	 */
	public JdbcSchemaInitializer(DataSource dataSource, @Nullable JdbcDatabase database, boolean required) {
		super(dataSource, settings(database));
		this.script = (database != null) ? database.schemaScript() : JdbcDatabase.ANY_SCRIPT;
		this.required = required;
	}

	private static DatabaseInitializationSettings settings(@Nullable JdbcDatabase database) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		if (database == null) {
			logger.warn("CORS origins: the cors_origin schema script is not run, the database cannot be reached; "
					+ "cors.sources.jdbc.required=false, starting without it");
			settings.setMode(DatabaseInitializationMode.NEVER);
			return settings;
		}
		if (!database.hasSchemaScript()) {
			throw JdbcOriginSourceException.noSchemaScript(database.displayName());
		}
		settings.setSchemaLocations(List.of(database.schemaScript()));
		settings.setMode(DatabaseInitializationMode.ALWAYS);
		return settings;
	}

	@Override
	protected void runScripts(Scripts scripts) {
		try {
			super.runScripts(scripts);
		}
		catch (DataAccessException ex) {
			if (this.required || !(ex instanceof DataAccessResourceFailureException)) {
				throw JdbcOriginSourceException.schemaFailed(ex, this.script);
			}
			logger.warn("CORS origins: " + this.script + " not run, the database cannot be reached ("
					+ JdbcOriginSourceException.causeOf(ex) + "); cors.sources.jdbc.required=false, starting without it");
		}
	}

}
