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

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.corspolicy.spring.live.CorsOriginEntry;
import io.github.corspolicy.spring.live.jdbc.JdbcCorsOriginSource;
import io.github.corspolicy.spring.live.jdbc.JdbcOriginSourceException;
import io.github.corspolicy.spring.mapping.CorsMappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The JDBC origin source's auto-configuration on H2 and on databases that cannot be reached: off
 * by default, its schema script, and a start-up failure naming the property and the fix for every
 * way it cannot start.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorsPolicyJdbcSourceAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				CorsPropertiesCheckAutoConfiguration.class, CorsPolicyAutoConfiguration.class,
				CorsPolicyJdbcSourceAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com");

	static final List<Arguments> startUpFailures = List.of(
			argumentSet("a database that refuses connections", with(unreachablePostgres()),
					"cors.sources.jdbc.required",
					"makes start-up read the cors_origin table, and reading it failed: Connection to 127.0.0.1:",
					"start the database, or correct spring.datasource.url, username and password; or set "
							+ "cors.sources.jdbc.required=false to start with the cors.* origins only"),
			argumentSet("a database without the table", with(h2()), "cors.sources.jdbc.required",
					"makes start-up read the cors_origin table, and reading it failed: Table \"CORS_ORIGIN\" not found",
					"create the table with classpath:io/github/corspolicy/spring/live/jdbc/schema-h2.sql (from your "
							+ "migration tool, or with cors.sources.jdbc.initialize-schema=true); or set "
							+ "cors.sources.jdbc.required=false to start with the cors.* origins only"),
			argumentSet("a schema to create on a database without a shipped script",
					with("spring.datasource.url=jdbc:mysql://127.0.0.1:1/app", "spring.datasource.driver-class-name=org.h2.Driver",
							"cors.sources.jdbc.initialize-schema=true"),
					"cors.sources.jdbc.initialize-schema",
					"has no script for MYSQL: the starter ships schema scripts for PostgreSQL and H2",
					"create the cors_origin table with your migration tool (docs/live-origins.md, section JDBC) and "
							+ "remove cors.sources.jdbc.initialize-schema"),
			argumentSet("no DataSource", hiding(HikariDataSource.class, org.h2.Driver.class, org.postgresql.Driver.class),
					"cors.sources.jdbc.enabled", "needs the application's DataSource, and there is none",
					"set spring.datasource.url (with spring-boot-starter-jdbc and the database's driver), mark one "
							+ "DataSource @Primary, or remove cors.sources.jdbc.enabled"),
			argumentSet("no Spring Boot JDBC support", hiding(DataSourceScriptDatabaseInitializer.class),
					"cors.sources.jdbc.enabled",
					"needs Spring Boot's JDBC support (spring-boot-jdbc), which is not on the classpath",
					"add the dependency org.springframework.boot:spring-boot-starter-jdbc and the database's driver, "
							+ "or remove cors.sources.jdbc.enabled"));

	@Test
	void isOffByDefault() {
		this.runner.withPropertyValues(h2()).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(JdbcCorsOriginSource.class);
		});
	}

	@Test
	void readsTheTableItsSchemaScriptCreatedWithEveryPropertySet() {
		this.runner
			.withPropertyValues(h2("cors.sources.jdbc.enabled=true", "cors.sources.jdbc.initialize-schema=true",
					"cors.sources.jdbc.refresh-interval=3s", "cors.sources.jdbc.query-timeout=2s",
					"cors.sources.jdbc.required=true", "cors.sources.jdbc.notify=false"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				new JdbcTemplate(context.getBean(DataSource.class))
					.update("INSERT INTO cors_origin (mapping_name, kind, origin) VALUES ('api', 'pattern', 'https://*.example.com')");
				JdbcCorsOriginSource source = context.getBean(JdbcCorsOriginSource.class);
				assertThat(source.load()).singleElement().satisfies((entry) -> {
					assertThat(entry.mapping()).isEqualTo("api");
					assertThat(entry.kind()).isEqualTo("pattern");
					assertThat(entry.origin()).isEqualTo("https://*.example.com");
				});
				assertThat(source.refreshInterval()).hasSeconds(3);
				assertThat(source.listens()).isFalse();
			});
	}

	@Test
	void theSchemaScriptRunsAgainAtTheNextStartWithoutTouchingTheRows() {
		String[] properties = h2("cors.sources.jdbc.enabled=true", "cors.sources.jdbc.initialize-schema=true");
		this.runner.withPropertyValues(properties)
			.run((context) -> new JdbcTemplate(context.getBean(DataSource.class))
				.update("INSERT INTO cors_origin (origin) VALUES ('https://kept.example.com')"));
		this.runner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(JdbcCorsOriginSource.class).load()).extracting(CorsOriginEntry::origin)
				.containsExactly("https://kept.example.com");
		});
	}

	@Test
	void theFirstReadWaitsForTheApplicationsOwnSchemaAndDataScripts() {
		this.runner.withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class))
			.withPropertyValues(h2("cors.sources.jdbc.enabled=true", "spring.sql.init.mode=always",
					"spring.sql.init.schema-locations=classpath:io/github/corspolicy/spring/live/jdbc/schema-h2.sql",
					"spring.sql.init.data-locations=classpath:live-jdbc/data-h2.sql"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(JdbcCorsOriginSource.class).load()).extracting(CorsOriginEntry::origin)
					.containsExactly("https://from-sql-init.example.com");
			});
	}

	@ParameterizedTest
	@FieldSource("startUpFailures")
	void aSourceThatCannotStartFailsStartUpWithThePropertyAndTheFix(UnaryOperator<WebApplicationContextRunner> setting,
			String property, String problem, String fix) {
		setting.apply(this.runner.withPropertyValues("cors.sources.jdbc.enabled=true")).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new JdbcOriginSourceFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).as("the analysed report of %s", context.getStartupFailure()).isNotNull();
			JdbcOriginSourceException cause = (JdbcOriginSourceException) analysis.getCause();
			assertThat(cause.property()).isEqualTo(property);
			assertThat(cause.problem()).startsWith(problem);
			assertThat(cause.fix()).isEqualTo(fix);
			assertThat(analysis.getDescription()).contains("Property: " + property, "Value: 'true'", "Problem: it " + problem);
			assertThat(analysis.getAction()).contains(property + ": " + fix);
		});
	}

	@Test
	void notRequiredAnUnreachableDatabaseStartsWithThePropertyOrigins(CapturedOutput output) {
		this.runner.withPropertyValues(unreachablePostgres("cors.sources.jdbc.required=false")).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(JdbcCorsOriginSource.class);
			assertThat(context.getBean(CorsMappings.class).all()).singleElement()
				.satisfies((mapping) -> assertThat(mapping.policy().describe())
					.containsEntry("allowed-origins", List.of("https://app.example.com")));
			assertThat(output).contains("CORS origins: the cors_origin table cannot be read (Connection to 127.0.0.1:",
					"cors.sources.jdbc.required=false: starting with the cors.* origins only, retrying every PT10S");
		});
	}

	@Test
	void notifyOnADatabaseOtherThanPostgresIsIgnoredWithAWarning(CapturedOutput output) {
		this.runner
			.withPropertyValues(h2("cors.sources.jdbc.enabled=true", "cors.sources.jdbc.initialize-schema=true",
					"cors.sources.jdbc.notify=true"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(JdbcCorsOriginSource.class).listens()).isFalse();
				assertThat(output).contains("cors.sources.jdbc.notify=true is ignored: LISTEN/NOTIFY needs PostgreSQL, "
						+ "and the database is H2; the table is polled every PT10S");
			});
	}

	@Test
	void aMistypedSourceKeyFailsStartUpAsAnUnknownProperty() {
		this.runner.withPropertyValues(h2("cors.sources.jdbc.enabled=true", "cors.sources.jdbc.notfy=true"))
			.run((context) -> {
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(ReportedProblems.at(analysis, "cors.sources.jdbc.notfy").fix()).contains("cors.sources.jdbc.notify");
			});
	}

	@Test
	void theFailureAnalyzerIsRegistered() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
			.load(FailureAnalyzer.class, SpringFactoriesLoader.ArgumentResolver.none(), SpringFactoriesLoader.FailureHandler.logging(LogFactory.getLog(getClass()))))
			.hasAtLeastOneElementOfType(JdbcOriginSourceFailureAnalyzer.class);
	}

	private static UnaryOperator<WebApplicationContextRunner> hiding(Class<?>... classes) {
		return (runner) -> runner.withClassLoader(new FilteredClassLoader(classes));
	}

	private static UnaryOperator<WebApplicationContextRunner> with(String... properties) {
		return (runner) -> runner.withPropertyValues(properties);
	}

	/** Properties of a fresh in-memory H2 database, plus {@code more}. */
	private static String[] h2(String... more) {
		List<String> properties = new ArrayList<>(List.of(
				"spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
		properties.addAll(List.of(more));
		return properties.toArray(String[]::new);
	}

	/** Properties of a PostgreSQL URL on a port nobody listens on, plus {@code more}. */
	private static String[] unreachablePostgres(String... more) {
		List<String> properties = new ArrayList<>(List.of(
				"spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort() + "/app",
				"spring.datasource.username=app", "cors.sources.jdbc.enabled=true"));
		properties.addAll(List.of(more));
		return properties.toArray(String[]::new);
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
