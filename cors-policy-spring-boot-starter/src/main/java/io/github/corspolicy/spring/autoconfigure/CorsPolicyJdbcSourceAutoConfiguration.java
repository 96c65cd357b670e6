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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportRuntimeHints;

import io.github.corspolicy.spring.live.jdbc.JdbcCorsOriginSource;
import io.github.corspolicy.spring.live.jdbc.JdbcOriginSourceException;
import io.github.corspolicy.spring.live.jdbc.JdbcSchemaInitializer;

/**
 * The JDBC origin source ({@code cors.sources.jdbc.enabled=true}): the {@code cors_origin} table of
 * the application's {@code DataSource}, its schema script when asked for, and a LISTEN connection
 * on PostgreSQL when {@code cors.sources.jdbc.notify=true}. Enabled without spring-jdbc or without a
 * {@code DataSource}, start-up fails and says what to add.
 */
@AutoConfiguration(after = CorsPolicyAutoConfiguration.class,
		afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnWebApplication
@Conditional(OnCorsEnabledCondition.class)
@ConditionalOnBooleanProperty("cors.sources.jdbc.enabled")
public final class CorsPolicyJdbcSourceAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DataSourceScriptDatabaseInitializer.class)
	@Import(DatabaseInitializationDependencyConfigurer.class)
	@ImportRuntimeHints(JdbcSourceRuntimeHints.class)
	static class JdbcSourceConfiguration {

		@Bean
		@ConditionalOnBooleanProperty("cors.sources.jdbc.initialize-schema")
		JdbcSchemaInitializer corsJdbcSchemaInitializer(ObjectProvider<DataSource> dataSources,
				ObjectProvider<JdbcConnectionDetails> connectionDetails, CorsPolicyProperties properties) {
			JdbcSourceSetup setup = new JdbcSourceSetup(properties.getSources().getJdbc(), dataSources,
					connectionDetails.getIfAvailable());
			return setup.schemaInitializer();
		}

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		@DependsOnDatabaseInitialization
		JdbcCorsOriginSource corsJdbcOriginSource(ObjectProvider<DataSource> dataSources,
				ObjectProvider<JdbcConnectionDetails> connectionDetails, CorsPolicyProperties properties) {
			JdbcSourceSetup setup = new JdbcSourceSetup(properties.getSources().getJdbc(), dataSources,
					connectionDetails.getIfAvailable());
			return setup.checkedSource();
		}

	}

	/** Enabled without Spring Boot's JDBC support: fails start-up with the dependency to add. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer")
	static class WithoutSpringJdbcConfiguration {

		WithoutSpringJdbcConfiguration() {
			throw JdbcOriginSourceException.withoutSpringJdbc();
		}

	}

}
