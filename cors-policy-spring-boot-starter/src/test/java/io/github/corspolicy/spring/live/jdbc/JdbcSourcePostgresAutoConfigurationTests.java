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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.io.DefaultResourceLoader;

import io.github.corspolicy.spring.autoconfigure.CorsPolicyAutoConfiguration;
import io.github.corspolicy.spring.autoconfigure.CorsPolicyJdbcSourceAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDBC source's auto-configuration on a real PostgreSQL: the LISTEN connection is one of its
 * own, outside the application's pool, and it is opened once the database is up even when the
 * application started without it ({@code required=false}).
 */
class JdbcSourcePostgresAutoConfigurationTests {

	@RegisterExtension
	static final PostgresServer postgres = new PostgresServer();

	private static final String LISTENER = "cors-policy LISTEN cors_origin_changed";

	/** How long the listener may take to connect or to close: generous, for a loaded machine. */
	private static final Duration LIMIT = Duration.ofSeconds(60);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, CorsPolicyAutoConfiguration.class,
				CorsPolicyJdbcSourceAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com", "cors.sources.jdbc.enabled=true",
				"cors.sources.jdbc.notify=true", "spring.datasource.url=" + postgres.jdbcUrl(),
				"spring.datasource.username=" + postgres.username(),
				"spring.datasource.hikari.connection-timeout=1000");

	@BeforeEach
	void freshTable() throws Exception {
		postgres.execute("DROP TABLE IF EXISTS cors_origin");
		JdbcSchemaInitializer initializer = new JdbcSchemaInitializer(postgres.dataSource(),
				new JdbcDatabase(DatabaseDriver.POSTGRESQL, postgres.jdbcUrl()), true);
		initializer.setResourceLoader(new DefaultResourceLoader());
		initializer.afterPropertiesSet();
	}

	@Test
	void theListenerHasAConnectionOfItsOwnAndClosesItWithTheContext() throws Exception {
		this.runner.withPropertyValues("spring.datasource.hikari.pool-name=app-pool").run((context) -> {
			assertThat(context).hasNotFailed();
			JdbcCorsOriginSource source = context.getBean(JdbcCorsOriginSource.class);
			assertThat(source.listens()).isTrue();
			source.onChange(() -> {
			});
			assertThat(listenerConnections(LIMIT, 1)).isEqualTo(1);
		});
		assertThat(listenerConnections(LIMIT, 0)).as("after the context closed").isZero();
	}

	@Test
	void startedWhileTheDatabaseIsDownTheListenerConnectsOnceItIsUp() throws Exception {
		postgres.stop();
		try {
			this.runner.withPropertyValues("cors.sources.jdbc.required=false").run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(JdbcCorsOriginSource.class).onChange(() -> {
				});
				postgres.start();
				assertThat(listenerConnections(LIMIT, 1)).isEqualTo(1);
			});
		}
		finally {
			postgres.start();
		}
	}

	/** The number of LISTEN connections, asked until it is {@code expected} or {@code limit} passes. */
	private static int listenerConnections(Duration limit, int expected) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		int count;
		do {
			try (Connection connection = postgres.dataSource().getConnection();
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(
							"SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + LISTENER + "'")) {
				rows.next();
				count = rows.getInt(1);
			}
			if (count != expected) {
				Thread.sleep(50);
			}
		}
		while (count != expected && System.nanoTime() - deadline < 0);
		return count;
	}

}
