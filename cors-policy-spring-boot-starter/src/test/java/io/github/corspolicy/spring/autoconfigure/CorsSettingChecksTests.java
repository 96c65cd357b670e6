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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

import io.github.corspolicy.core.PolicyProblem;
import io.github.corspolicy.spring.mapping.CorsMappings;

import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.at;
import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.identified;
import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up checks of single settings that binding alone lets through: an empty value, a filter order
 * that puts CORS behind Spring Security, a max-age that is not whole seconds.
 */
class CorsSettingChecksTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com");

	private final WebApplicationContextRunner secured = this.runner.withConfiguration(AutoConfigurations.of(
			SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
			ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class));

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void anEmptyValueFailsNamingTheKeyAndWhereItWasWritten(String key, String fix) {
		this.runner.withInitializer((context) -> addYaml(context.getEnvironment(), key + ": \"\"\n"))
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(identified(analysis))
					.containsExactly(problem(key, "", ConfigurationProblem.Kind.EMPTY_VALUE));
				// the line of the key in the file, and the column of its empty value
				String where = (key.startsWith("cors.mappings[0].") ? "2:" : "1:") + (key.length() + 3);
				assertThat(at(analysis, key).problem()).isEqualTo(emptyValue(
						"Byte array resource [application-prod.yml] - " + where, fix));
				assertThat(at(analysis, key).fix())
					.isEqualTo("remove the key to inherit " + fix + ", or write a value");
			});
	}

	static Stream<Arguments> anEmptyValueFailsNamingTheKeyAndWhereItWasWritten() {
		return Stream.of("max-age", "allow-credentials", "allow-private-network", "preflight-status",
				"timing-allow-origin", "dangerously-allow-null-origin", "dangerously-allow-public-suffix-origins", "enabled", "filter-order")
			.flatMap((setting) -> setting.equals("filter-order") ? Stream.of(top(setting))
					: Stream.of(top(setting), mapping(setting)));
	}

	@Test
	void anEmptyValueFromAnEnvironmentVariableNamesTheVariable() {
		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of("CORS_MAX_AGE", ""))))
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(identified(analysis))
					.containsExactly(problem("cors.max-age", "", ConfigurationProblem.Kind.EMPTY_VALUE));
				assertThat(at(analysis, "cors.max-age").problem()).isEqualTo(emptyValue(
						"\"CORS_MAX_AGE\" from property source \"test-systemEnvironment\"", "the default"));
			});
	}

	@Test
	void anEmptyValueIsReportedTogetherWithEveryOtherProblem() {
		this.runner.withPropertyValues("cors.allowed-origins=https://app.example.com/", "cors.mappings[0].max-age=",
				"cors.mappings[0].path-patterns=/api/**")
			.run((context) -> assertThat(identified(analysis(context))).containsExactlyInAnyOrder(
					problem("cors.mappings[0].max-age", "", ConfigurationProblem.Kind.EMPTY_VALUE),
					problem("cors.allowed-origins[0]", "https://app.example.com/",
							PolicyProblem.Kind.ORIGIN_TRAILING_SLASH)));
	}

	@Test
	void anEmptyValueThatCannotBindDoesNotHideTheOtherProblems() {
		this.runner.withPropertyValues("cors.enabled=", "cors.filter-order=", "cors.max-age=500ms",
				"cors.allowed-methods=patch")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(identified(analysis)).containsExactlyInAnyOrder(
						problem("cors.enabled", "", ConfigurationProblem.Kind.EMPTY_VALUE),
						problem("cors.filter-order", "", ConfigurationProblem.Kind.EMPTY_VALUE),
						problem("cors.max-age", "500ms", PolicyProblem.Kind.MAX_AGE_NOT_WHOLE_SECONDS),
						problem("cors.allowed-methods[0]", "patch", PolicyProblem.Kind.METHOD_CASE_MISMATCH));
			});
	}

	@Test
	void anEmptyListStaysLegal() {
		this.runner.withPropertyValues("cors.allowed-headers=", "cors.mappings[0].path-patterns=/api/**",
				"cors.mappings[0].exposed-headers=")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(CorsMappings.class));
	}

	@Test
	void aSubSecondMaxAgeFailsInsteadOfTurningThePreflightCacheOff() {
		this.runner.withPropertyValues("cors.max-age=500ms").run((context) -> {
			FailureAnalysis analysis = analysis(context);
			assertThat(identified(analysis))
				.containsExactly(problem("cors.max-age", "500ms", PolicyProblem.Kind.MAX_AGE_NOT_WHOLE_SECONDS));
			ConfigurationProblem problem = at(analysis, "cors.max-age");
			assertThat(problem.problem()).isEqualTo("is not a whole number of seconds; Access-Control-Max-Age is in"
					+ " seconds and 500ms would be sent as 0, which turns the preflight cache off");
			assertThat(problem.fix()).isEqualTo("write 1s or more, e.g. 30m, or 0s to turn caching off on purpose");
		});
	}

	@Test
	void aMaxAgeOfZeroSecondsTurnsCachingOffOnPurpose() {
		this.runner.withPropertyValues("cors.max-age=0s").run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aFilterOrderAtSpringSecuritysOrderFailsNamingBothOrders() {
		this.secured.withPropertyValues("cors.filter-order=-100").run((context) -> {
			FailureAnalysis analysis = analysis(context);
			assertThat(identified(analysis)).containsExactly(
					problem("cors.filter-order", "-100", ConfigurationProblem.Kind.FILTER_ORDER_AFTER_SECURITY));
			assertThat(at(analysis, "cors.filter-order").problem()).isEqualTo(behindSecurity(-100));
			assertThat(at(analysis, "cors.filter-order").fix()).isEqualTo(orderBefore(-100));
		});
	}

	@Test
	void aFilterOrderAfterAMovedSpringSecurityOrderFails() {
		this.secured.withPropertyValues("cors.filter-order=20", "spring.security.filter.order=10")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(identified(analysis)).containsExactly(
						problem("cors.filter-order", "20", ConfigurationProblem.Kind.FILTER_ORDER_AFTER_SECURITY));
				assertThat(at(analysis, "cors.filter-order").problem()).isEqualTo(behindSecurity(10));
				assertThat(at(analysis, "cors.filter-order").fix()).isEqualTo(orderBefore(10));
			});
	}

	@Test
	void aFilterOrderBeforeSpringSecurityStarts() {
		this.secured.withPropertyValues("cors.filter-order=-101").run((context) -> {
			assertThat(context).hasNotFailed().hasBean("springSecurityFilterChain");
			assertThat(context).hasBean("securityFilterChainRegistration");
		});
	}

	@Test
	void anyFilterOrderStartsWithoutSpringSecurity() {
		this.runner.withPropertyValues("cors.filter-order=0").run((context) -> assertThat(context).hasNotFailed());
	}

	private static Arguments top(String setting) {
		return Arguments.argumentSet("cors." + setting, "cors." + setting,
				"the default");
	}

	/** A mapping inherits each policy setting from the top level; its enabled, from the default. */
	private static Arguments mapping(String setting) {
		return Arguments.argumentSet("cors.mappings[0]." + setting, "cors.mappings[0]." + setting,
				setting.equals("enabled") ? "the default" : "the top-level value");
	}

	/** A mapping needs its path patterns, so they come first in the file. */
	private static void addYaml(ConfigurableEnvironment environment, String line) {
		String yaml = line.startsWith("cors.mappings[0].")
				? "cors.mappings[0].path-patterns: /api/**\n" + line : line;
		try {
			new YamlPropertySourceLoader().load("application-prod.yml",
					new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "application-prod.yml"))
				.forEach(environment.getPropertySources()::addFirst);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static FailureAnalysis analysis(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).as("the analysed report of %s", context.getStartupFailure()).isNotNull();
		return analysis;
	}

	/** What an empty value set at {@code origin} is told, which binds as {@code boundAs}. */
	private static String emptyValue(String origin, String boundAs) {
		return "is empty (" + origin + "); an empty value is not 'unset': it overrides every other file and profile,"
				+ " and then binds as " + boundAs;
	}

	/** What a filter order at or after Spring Security's {@code securityOrder} is told. */
	private static String behindSecurity(int securityOrder) {
		return "is at or after the order of Spring Security's filter chain (spring.security.filter.order="
				+ securityOrder + "): every preflight would meet authentication first, and a protected route would"
				+ " answer it 401 without CORS headers";
	}

	/** The fix for a filter order behind Spring Security's {@code securityOrder}. */
	private static String orderBefore(int securityOrder) {
		return "remove cors.filter-order (the default runs before Spring Security), or write a value below "
				+ securityOrder;
	}

}
