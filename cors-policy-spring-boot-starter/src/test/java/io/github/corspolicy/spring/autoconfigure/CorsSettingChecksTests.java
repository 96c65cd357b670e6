package io.github.corspolicy.spring.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
				String line = key.startsWith("cors.mappings[0].") ? "- 2:" : "- 1:";
				assertThat(analysis.getDescription()).contains("Property: " + key, "Value: ''", "is empty",
						"application-prod.yml] " + line);
				assertThat(analysis.getAction()).contains(key + ": remove the key to inherit " + fix
						+ ", or write a value");
			});
	}

	static Stream<Arguments> anEmptyValueFailsNamingTheKeyAndWhereItWasWritten() {
		return Stream.of("max-age", "allow-credentials", "allow-private-network", "preflight-status",
				"dangerously-allow-null-origin", "dangerously-allow-public-suffix-origins", "enabled", "filter-order")
			.flatMap((setting) -> setting.equals("filter-order") ? Stream.of(top(setting))
					: Stream.of(top(setting), mapping(setting)));
	}

	@Test
	void anEmptyValueFromAnEnvironmentVariableNamesTheVariable() {
		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of("CORS_MAX_AGE", ""))))
			.run((context) -> assertThat(analysis(context).getDescription()).contains("Property: cors.max-age",
					"CORS_MAX_AGE", "is empty"));
	}

	@Test
	void anEmptyValueIsReportedTogetherWithEveryOtherProblem() {
		this.runner.withPropertyValues("cors.allowed-origins=https://app.example.com/", "cors.mappings[0].max-age=",
				"cors.mappings[0].path-patterns=/api/**")
			.run((context) -> assertThat(analysis(context).getDescription()).contains("2 problems",
					"Property: cors.mappings[0].max-age", "Property: cors.allowed-origins[0]", "trailing slash"));
	}

	@Test
	void anEmptyValueThatCannotBindDoesNotHideTheOtherProblems() {
		this.runner.withPropertyValues("cors.enabled=", "cors.filter-order=", "cors.max-age=500ms",
				"cors.allowed-methods=patch")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(kinds(analysis)).containsExactlyInAnyOrder(ConfigurationProblem.Kind.EMPTY_VALUE,
						ConfigurationProblem.Kind.EMPTY_VALUE, PolicyProblem.Kind.MAX_AGE_NOT_WHOLE_SECONDS,
						PolicyProblem.Kind.METHOD_CASE_MISMATCH);
				assertThat(analysis.getDescription()).contains("4 problems", "Property: cors.enabled",
						"Property: cors.filter-order", "Property: cors.max-age", "Property: cors.allowed-methods[0]");
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
			assertThat(analysis.getDescription()).contains("Property: cors.max-age", "Value: '500ms'",
					"is not a whole number of seconds", "would be sent as 0, which turns the preflight cache off");
			assertThat(analysis.getAction())
				.contains("cors.max-age: write 1s or more, e.g. 30m, or 0s to turn caching off on purpose");
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
			assertThat(kinds(analysis)).containsExactly(ConfigurationProblem.Kind.FILTER_ORDER_AFTER_SECURITY);
			assertThat(analysis.getDescription()).contains("Property: cors.filter-order", "Value: '-100'",
					"spring.security.filter.order=-100", "401");
			assertThat(analysis.getAction()).contains("cors.filter-order: remove cors.filter-order",
					"a value below -100");
		});
	}

	@Test
	void aFilterOrderAfterAMovedSpringSecurityOrderFails() {
		this.secured.withPropertyValues("cors.filter-order=20", "spring.security.filter.order=10")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("Value: '20'", "spring.security.filter.order=10");
				assertThat(analysis.getAction()).contains("a value below 10");
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

	/** The kind of each problem of the analysed failure: the core's for a policy's problem. */
	private static List<Enum<?>> kinds(FailureAnalysis analysis) {
		assertThat(analysis.getCause()).isInstanceOf(InvalidCorsConfigurationException.class);
		return ((InvalidCorsConfigurationException) analysis.getCause()).getProblems()
			.stream()
			.<Enum<?>>map((problem) -> (problem.policyKind() != null) ? problem.policyKind() : problem.kind())
			.toList();
	}

}
