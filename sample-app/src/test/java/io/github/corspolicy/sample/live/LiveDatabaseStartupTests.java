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
package io.github.corspolicy.sample.live;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.corspolicy.sample.SampleApplication;
import io.github.corspolicy.spring.live.jdbc.JdbcCorsOriginSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The sample opens a database only for the JDBC origin source: none without it, Boot's DataSource
 * from {@code spring.datasource.url} with {@code cors.sources.jdbc.enabled=true} (without the live
 * profile too, as against PostgreSQL), and never an in-memory one in production.
 */
@ExtendWith(OutputCaptureExtension.class)
class LiveDatabaseStartupTests {

	@Test
	void withoutTheLiveProfileThereIsNoDatabaseNoSourceAndNoAdminApi() {
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
			assertThat(context.getBeanNamesForType(JdbcCorsOriginSource.class)).isEmpty();
			assertThat(context.getBeanNamesForType(OriginAdminController.class)).isEmpty();
		}
	}

	@Test
	void theSourceEnabledWithADatabaseUrlReadsThatDatabaseWithoutTheLiveProfile() {
		try (ConfigurableApplicationContext context = start("--cors.sources.jdbc.enabled=true",
				"--cors.sources.jdbc.initialize-schema=true",
				"--spring.datasource.url=jdbc:h2:mem:given-url;DB_CLOSE_DELAY=-1")) {
			assertThat(context.getBeanNamesForType(DataSource.class)).hasSize(1);
			assertThat(context.getBeanNamesForType(JdbcCorsOriginSource.class)).hasSize(1);
			assertThat(context.getBeanNamesForType(OriginAdminController.class)).as("the admin API is the live demo's")
				.isEmpty();
		}
	}

	@Test
	void theProdProfileWithTheSourceButWithoutDatabaseUrlFailsStartUp(CapturedOutput output) {
		Throwable failure = catchThrowable(() -> start("--spring.profiles.active=prod", "--cors.sources.jdbc.enabled=true",
				"--FRONTEND_ORIGINS=https://app.example.com"));
		assertThat(failure).isNotNull();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Failed to configure a DataSource: 'url' attribute is not specified");
	}

	@Test
	void theProdProfileWithoutTheSourceOpensNoDatabaseWhateverDatabaseUrlSays() {
		try (ConfigurableApplicationContext context = start("--spring.profiles.active=prod",
				"--FRONTEND_ORIGINS=https://app.example.com", "--DATABASE_URL=jdbc:postgresql://127.0.0.1:1/none")) {
			assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
		}
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--sample.front-end.enabled=false"));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(SampleApplication.class).run(all.toArray(String[]::new));
	}

}
