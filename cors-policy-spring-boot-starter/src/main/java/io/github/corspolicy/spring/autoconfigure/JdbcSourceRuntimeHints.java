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

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.jdbc.DatabaseDriver;

import io.github.corspolicy.spring.live.jdbc.JdbcDatabase;

/**
 * What a native image needs for the JDBC origin source: the schema scripts it ships, which Spring
 * Boot's script initializer loads by name ({@code cors.sources.jdbc.initialize-schema=true}), and
 * the PostgreSQL driver's {@code PGConnection}, looked up by name before it listens.
 */
final class JdbcSourceRuntimeHints implements RuntimeHintsRegistrar {

	/** The databases the starter ships a schema script for. */
	static final List<DatabaseDriver> SCRIPTED = List.of(DatabaseDriver.POSTGRESQL, DatabaseDriver.H2);

	private static final String CLASSPATH = "classpath:";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		for (DatabaseDriver driver : SCRIPTED) {
			hints.resources().registerPattern(new JdbcDatabase(driver, "").schemaScript().substring(CLASSPATH.length()));
		}
		hints.reflection().registerTypeIfPresent(classLoader, JdbcSourceSetup.POSTGRES_DRIVER);
	}

}
