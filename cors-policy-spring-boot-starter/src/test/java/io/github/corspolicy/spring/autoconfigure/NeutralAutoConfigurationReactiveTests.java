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

import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.corspolicy.spring.actuate.CorsEndpoint;
import io.github.corspolicy.spring.autoconfigure.servlet.CorsPolicyServletAutoConfiguration;
import io.github.corspolicy.spring.listener.RejectionLogger;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.metrics.CorsRequestMetrics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack-neutral auto-configuration in a reactive web application: the mappings, the start-up
 * lines, the metrics, the endpoint, the rejection log and failure analysis are there, as in a
 * servlet application, and no servlet bean is; with the servlet API hidden too.
 */
@ExtendWith(OutputCaptureExtension.class)
class NeutralAutoConfigurationReactiveTests {

	private static final AutoConfigurations EVERY_AUTO_CONFIGURATION = AutoConfigurations.of(
			CorsPropertiesCheckAutoConfiguration.class, CorsPolicyAutoConfiguration.class,
			CorsPolicyMetricsAutoConfiguration.class, CorsPolicyEndpointAutoConfiguration.class,
			CorsPolicyServletAutoConfiguration.class);

	private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
		.withConfiguration(EVERY_AUTO_CONFIGURATION)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("cors.allowed-origins=https://app.example.com",
				"management.endpoints.web.exposure.include=cors");

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
		.withConfiguration(EVERY_AUTO_CONFIGURATION)
		.withPropertyValues("cors.allowed-origins=https://app.example.com");

	@Test
	void buildsTheMappingsMetricsEndpointAndRejectionLogWithNoServletBean() {
		this.reactive.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(CorsMappings.class)
				.hasSingleBean(CorsRequestMetrics.class)
				.hasSingleBean(CorsEndpoint.class)
				.hasSingleBean(RejectionLogger.class)
				.doesNotHaveBean("corsPolicyFilterRegistration")
				.doesNotHaveBean("corsPolicyServletMappings")
				.doesNotHaveBean("corsConfigurationSource");
			assertThat(context.getBean(MeterRegistry.class).find("cors.requests").meters()).hasSize(12);
		});
	}

	@Test
	void worksWithTheServletApiHidden(CapturedOutput output) {
		this.reactive.withClassLoader(new FilteredClassLoader("jakarta.servlet."))
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(CorsMappings.class)
					.hasSingleBean(CorsRequestMetrics.class)
					.hasSingleBean(CorsEndpoint.class)
					.doesNotHaveBean("corsPolicyFilterRegistration");
				assertThat(output).contains("CORS policy: default other paths {allowed-origins=[https://app.example.com]");
			});
	}

	@Test
	void logsTheWarningsAndThePolicyLine(CapturedOutput output) {
		new ReactiveWebApplicationContextRunner().withConfiguration(EVERY_AUTO_CONFIGURATION).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).containsOnlyOnce("every cross-origin request is rejected")
				.contains("WARN", "cors.allowed-origins is empty", "CORS policy: default other paths");
		});
	}

	@Test
	void disablingRemovesEveryBean() {
		this.reactive.withPropertyValues("cors.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(CorsMappings.class);
			assertThat(context).doesNotHaveBean(CorsRequestMetrics.class).doesNotHaveBean(CorsEndpoint.class);
		});
	}

	static Stream<Arguments> badConfigurations() {
		return Stream.of(
				Arguments.argumentSet("credentials with any origin", new InvalidCorsConfigurationFailureAnalyzer(),
						new String[] { "cors.allowed-origins=*", "cors.allow-credentials=true" }),
				Arguments.argumentSet("an origin with a path and a lower-case method",
						new InvalidCorsConfigurationFailureAnalyzer(),
						new String[] { "cors.allowed-origins=https://app.com/x", "cors.allowed-methods=get" }),
				Arguments.argumentSet("a misspelt key", new InvalidCorsConfigurationFailureAnalyzer(),
						new String[] { "cors.alowed-origins=https://app.example.com" }),
				Arguments.argumentSet("a mapping whose only key is misspelt", new UnboundCorsPropertiesFailureAnalyzer(),
						new String[] { "cors.mappings[0].path-pattern=/api/**" }));
	}

	@ParameterizedTest
	@MethodSource("badConfigurations")
	void badConfigurationFailsWithTheReportOfAServletApplication(FailureAnalyzer analyzer, String[] properties) {
		FailureAnalysis reactive = analyzer.analyze(reactiveFailure(properties));
		FailureAnalysis servlet = analyzer.analyze(servletFailure(properties));
		assertThat(reactive).as("the report of the reactive application").isNotNull();
		assertThat(servlet).as("the report of the servlet application").isNotNull();
		assertThat(reactive.getDescription()).isEqualTo(servlet.getDescription());
		assertThat(reactive.getAction()).isEqualTo(servlet.getAction());
	}

	private Throwable reactiveFailure(String[] properties) {
		Throwable[] failure = new Throwable[1];
		this.reactive.withPropertyValues(properties).run((context) -> failure[0] = context.getStartupFailure());
		assertThat(failure[0]).as("the reactive application's start-up failure").isNotNull();
		return failure[0];
	}

	private Throwable servletFailure(String[] properties) {
		Throwable[] failure = new Throwable[1];
		this.servlet.withPropertyValues(properties).run((context) -> failure[0] = context.getStartupFailure());
		assertThat(failure[0]).as("the servlet application's start-up failure").isNotNull();
		return failure[0];
	}

}
