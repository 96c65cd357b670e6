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
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.github.corspolicy.spring.live.jdbc.JdbcDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDBC source's hints: every SQL script the starter ships (found on the class path, so that a
 * new one without a hint fails here), the script each database is given, and the PostgreSQL
 * class looked up by name.
 */
class JdbcSourceRuntimeHintsTests {

	private static final String SCRIPTS = "io/github/corspolicy/spring/live/jdbc/";

	private final RuntimeHints hints = registered();

	@Test
	void theJdbcSourceConfigurationImportsTheHints() {
		assertThat(MergedAnnotations.from(CorsPolicyJdbcSourceAutoConfiguration.JdbcSourceConfiguration.class)
			.get(ImportRuntimeHints.class)
			.getClassArray("value")).contains(JdbcSourceRuntimeHints.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shippedScripts")
	void everyShippedScriptIsAResourceHint(String script) {
		assertThat(RuntimeHintsPredicates.resource().forResource(script)).accepts(this.hints);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "POSTGRESQL", "H2" })
	void theScriptEachDatabaseIsGivenIsAResourceHint(DatabaseDriver driver) {
		String script = new JdbcDatabase(driver, "").schemaScript().substring("classpath:".length());
		assertThat(RuntimeHintsPredicates.resource().forResource(script)).accepts(this.hints);
	}

	@Test
	void theScriptsOfOtherDirectoriesAreNotHinted() {
		assertThat(RuntimeHintsPredicates.resource().forResource("schema-h2.sql")).rejects(this.hints);
	}

	@Test
	void thePostgresConnectionTypeLookedUpByNameIsRegistered() {
		assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(JdbcSourceSetup.POSTGRES_DRIVER)))
			.accepts(this.hints);
	}

	static List<String> shippedScripts() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + SCRIPTS + "*.sql");
		List<String> scripts = Arrays.stream(found).map((resource) -> SCRIPTS + resource.getFilename()).toList();
		assertThat(scripts).as("the starter's scripts on the class path").isNotEmpty();
		return scripts;
	}

	private static RuntimeHints registered() {
		RuntimeHints hints = new RuntimeHints();
		new JdbcSourceRuntimeHints().registerHints(hints, JdbcSourceRuntimeHintsTests.class.getClassLoader());
		return hints;
	}

}
