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

import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.javapoet.ClassName;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import io.github.corspolicy.spring.actuate.CorsEndpoint;
import io.github.corspolicy.spring.autoconfigure.servlet.CorsPolicyServletAutoConfiguration;
import io.github.corspolicy.spring.live.RefreshOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's own AOT processing of an application with the starter: the hints of each
 * auto-configuration, nested configuration and endpoint that match at build time end up in the
 * hints the build writes for a native image, and those of one that does not match stay out.
 */
class CorsPolicyAotProcessingTests {

	private static final String H2_SCRIPT = "io/github/corspolicy/spring/live/jdbc/schema-h2.sql";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class,
				CorsPolicyLiveAutoConfiguration.class, CorsPolicyJdbcSourceAutoConfiguration.class,
				CorsPolicyEndpointAutoConfiguration.class, CorsPolicyServletAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com",
				"management.endpoints.web.exposure.include=cors");

	@Test
	void theHintsOfEveryMatchingConfigurationAreContributed() {
		this.runner.withPropertyValues("cors.sources.jdbc.enabled=true").prepare((context) -> {
			RuntimeHints hints = processAheadOfTime(context.getSourceApplicationContext(GenericWebApplicationContext.class));
			assertThat(RuntimeHintsPredicates.reflection().onType(CorsEndpoint.CorsReport.class)).accepts(hints);
			assertThat(RuntimeHintsPredicates.reflection().onType(RefreshOutcome.Outcome.class)).accepts(hints);
			assertThat(RuntimeHintsPredicates.reflection().onType(CorsPolicyProperties.Jdbc.class)).accepts(hints);
			assertThat(RuntimeHintsPredicates.reflection().onType(DispatcherServlet.class)).accepts(hints);
			assertThat(RuntimeHintsPredicates.resource().forResource(H2_SCRIPT)).accepts(hints);
		});
	}

	@Test
	void theJdbcSourceHintsFollowItsBuildTimeSwitch() {
		this.runner.prepare((context) -> {
			RuntimeHints hints = processAheadOfTime(context.getSourceApplicationContext(GenericWebApplicationContext.class));
			assertThat(RuntimeHintsPredicates.resource().forResource(H2_SCRIPT)).rejects(hints);
		});
	}

	private static RuntimeHints processAheadOfTime(GenericApplicationContext context) {
		DefaultGenerationContext generation = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get("com.example", "AotTest")), new InMemoryGeneratedFiles());
		new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
		return generation.getRuntimeHints();
	}

}
