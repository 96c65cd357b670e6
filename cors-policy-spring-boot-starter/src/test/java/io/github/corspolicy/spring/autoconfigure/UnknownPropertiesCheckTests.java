package io.github.corspolicy.spring.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class UnknownPropertiesCheckTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPropertiesCheckAutoConfiguration.class,
				CorsPolicyAutoConfiguration.class));

	@Test
	void misspeltKeyOnTheCommandLineFailsNamingTheKeyItsSourceAndTheNearestProperty() {
		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("--cors.alowed-origins=https://app.example.com")))
			.run((context) -> {
				assertThat(description(context)).contains("1 problem:", "Property: cors.alowed-origins",
						"names no CORS property", "from property source \"commandLineArgs\"")
					.doesNotContain("https://app.example.com");
				assertThat(action(context)).contains("cors.alowed-origins: did you mean cors.allowed-origins?");
			});
	}

	@Test
	void misspeltEnvironmentVariableFailsNamingTheVariableAndTheOneMeant() {
		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(environment(Map.of("CORS_ALOWED_ORIGINS", "https://app.example.com"))))
			.run((context) -> {
				assertThat(description(context)).contains("Property: CORS_ALOWED_ORIGINS", "test-systemEnvironment");
				assertThat(action(context))
					.contains("CORS_ALOWED_ORIGINS: did you mean CORS_ALLOWED_ORIGINS (cors.allowed-origins)?");
			});
	}

	@Test
	void misspeltSystemPropertyFailsToo() {
		this.runner.withSystemProperties("cors.allowed-origins=https://app.example.com", "cors.max-ag=60")
			.run((context) -> {
				assertThat(description(context)).contains("1 problem:", "Property: cors.max-ag", "systemProperties");
				assertThat(action(context)).contains("did you mean cors.max-age?");
			});
	}

	@Test
	void misspeltKeyInsideAMappingSuggestsTheMappingsOwnProperty() {
		this.runner.withPropertyValues("cors.mappings[0].path-patterns=/api/**",
				"cors.mappings[0].alowed-origins[0]=https://app.example.com")
			.run((context) -> assertThat(action(context)).contains(
					"cors.mappings[0].alowed-origins[0]: did you mean cors.mappings[0].allowed-origins[0]?"));
		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(environment(Map.of("CORS_MAPPINGS_0_PATH_PATTERNS", "/api/**",
					"CORS_MAPPINGS_0_ALOWED_ORIGINS", "https://app.example.com"))))
			.run((context) -> assertThat(action(context)).containsOnlyOnce("did you mean")
				.contains("CORS_MAPPINGS_0_ALOWED_ORIGINS: did you mean CORS_MAPPINGS_0_ALLOWED_ORIGINS"));
	}

	@Test
	void mappingWhoseOnlyKeyIsMisspeltFailsInBindingAndIsReportedInTheSameFormat() {
		this.runner.withPropertyValues("cors.mappings[0].path-pattern=/api/**").run((context) -> {
			FailureAnalysis analysis = new UnboundCorsPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("1 problem:", "Property: cors.mappings[0].path-pattern",
					"Spring Boot cannot bind the mapping", "from property source \"test\"");
			assertThat(analysis.getAction())
				.contains("cors.mappings[0].path-pattern: did you mean cors.mappings[0].path-patterns?");
		});
		this.runner.withPropertyValues("cors.mappings[1].path-patterns=/api/**")
			.run((context) -> assertThat(new UnboundCorsPropertiesFailureAnalyzer()
				.analyze(context.getStartupFailure())).as("a gap in the indexes is Boot's to report").isNull());
	}

	@Test
	void keyInAYamlFileIsReportedWithTheFileAndLine() {
		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(yaml("unknown-keys.yml")))
			.run((context) -> {
				assertThat(description(context)).contains("Property: cors.exposed-header",
						"class path resource [unknown-keys.yml] - 3:19");
				assertThat(action(context)).contains("did you mean cors.exposed-headers?");
			});
	}

	@Test
	void unknownKeysAreReportedWithEveryOtherProblemAtOnce() {
		this.runner.withPropertyValues("cors.allowed-origins=https://app.com/", "cors.alow-credentials=true",
				"cors.mappings[0].allowed-origins=https://x.example.com")
			.run((context) -> {
				assertThat(description(context)).contains("3 problems:", "Property: cors.alow-credentials",
						"Property: cors.allowed-origins[0]", "Property: cors.mappings[0].path-patterns");
				assertThat(problems(context)).extracting(ConfigurationProblem::kind)
					.containsExactlyInAnyOrder(ConfigurationProblem.Kind.UNKNOWN_PROPERTY, ConfigurationProblem.Kind.POLICY,
							ConfigurationProblem.Kind.NO_PATH_PATTERNS);
			});
	}

	@Test
	void keyFarFromEveryPropertyGetsNoGuessButThePointerToTheDocumentation() {
		this.runner.withPropertyValues("cors.origins=https://app.example.com")
			.run((context) -> assertThat(action(context)).contains(
					"cors.origins: no property has a similar name; see docs/configuration.md")
				.doesNotContain("did you mean"));
	}

	@Test
	void misspeltKeyFailsEvenWhenCorsIsDisabled() {
		this.runner.withPropertyValues("cors.enabled=false", "cors.alowed-origins=https://app.example.com")
			.run((context) -> assertThat(action(context)).contains("did you mean cors.allowed-origins?"));
		this.runner.withPropertyValues("cors.enabeld=false")
			.run((context) -> assertThat(action(context)).contains("cors.enabeld: did you mean cors.enabled?"));
	}

	@Test
	void misspeltKeyFailsWhenTheApplicationDefinesItsOwnMappings() {
		CorsMappings own = CorsMappings.of(new CorsMapping("own", List.of(),
				CorsPolicy.builder().allowedOrigins("https://own.example.com").build(), "cors."));
		this.runner.withBean(CorsMappings.class, () -> own)
			.withPropertyValues("cors.filter-ordr=-200")
			.run((context) -> assertThat(action(context)).contains("did you mean cors.filter-order?"));
	}

	@Test
	void warnLogsOneLinePerKeyAndStarts(CapturedOutput output) {
		this.runner.withPropertyValues("cors.unknown-properties=warn", "cors.allowed-origins=https://app.example.com",
				"cors.exposed-header=ETag", "cors.proxy-url=https://proxy.internal")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).containsOnlyOnce("Unknown CORS property cors.exposed-header (set in ")
					.containsOnlyOnce("Unknown CORS property cors.proxy-url");
				assertThat(output.toString().lines().filter((line) -> line.contains(" WARN "))).hasSize(2)
					.anyMatch((line) -> line.contains("did you mean cors.exposed-headers?"));
			});
	}

	@Test
	void anyOtherModeIsItselfAProblem() {
		this.runner.withPropertyValues("cors.unknown-properties=ignore", "cors.alowed-origins=https://app.example.com")
			.run((context) -> {
				assertThat(description(context)).contains("2 problems:", "Property: cors.unknown-properties",
						"Value: 'ignore'", "is neither fail nor warn", "Property: cors.alowed-origins");
				assertThat(action(context)).contains("cors.unknown-properties: write fail");
			});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			indexed list item                        | cors.allowed-origins[0]
			camel case                               | cors.allowedOrigins
			underscores in a properties file         | cors.allowed_origins
			""")
	void everyRelaxedFormOfAPropertyIsKnownAndBinds(String description, String key) {
		this.runner.withPropertyValues(key + "=https://app.example.com")
			.run((context) -> assertThat(allowedOrigins(context)).isEqualTo(List.of("https://app.example.com")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			words split by underscores               | CORS_ALLOWED_ORIGINS
			words run together                       | CORS_ALLOWEDORIGINS
			indexed list item                        | CORS_ALLOWED_ORIGINS_0
			lower case                               | cors_allowed_origins
			""")
	void everyEnvironmentVariableFormOfAPropertyIsKnownAndBinds(String description, String variable) {
		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(environment(Map.of(variable, "https://app.example.com"))))
			.run((context) -> assertThat(allowedOrigins(context)).isEqualTo(List.of("https://app.example.com")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			dots where the key has a dash           | cors.allowed.origins=https://a.example.com      | cors.allowed-origins
			index on a single value                  | cors.max-age[0]=60                              | cors.max-age[0]
			singular of a list                       | cors.exposed-header=ETag                        | cors.exposed-headers
			transposed letters                       | cors.enabeld=true                               | cors.enabled
			mapping key at the top level             | cors.path-patterns=/api/**                      | cors.mappings[0].path-patterns
			top-level key in a mapping               | cors.mappings[0].filter-order=1                 | did you mean cors.filter-order?
			unrelated platform variable              | cors.proxy-url=https://proxy.internal           | docs/configuration.md
			""")
	void keysThatBindNothingAreReported(String description, String property, String pointer) {
		this.runner.withPropertyValues(property, "cors.mappings[0].path-patterns=/x/**")
			.run((context) -> assertThat(action(context)).contains(property.substring(0, property.indexOf('=')) + ": ")
				.contains(pointer));
	}

	private static Object allowedOrigins(AssertableWebApplicationContext context) {
		assertThat(context).hasNotFailed();
		List<CorsMapping> all = context.getBean(CorsMappings.class).all();
		return all.get(all.size() - 1).policy().describe().get("allowed-origins");
	}

	private static SystemEnvironmentPropertySource environment(Map<String, Object> variables) {
		return new SystemEnvironmentPropertySource("test-systemEnvironment", variables);
	}

	private static org.springframework.core.env.PropertySource<?> yaml(String resource) {
		try {
			return new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource)).get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String description(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		return new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure()).getDescription();
	}

	private static List<ConfigurationProblem> problems(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		return ((InvalidCorsConfigurationException) new InvalidCorsConfigurationFailureAnalyzer()
			.analyze(context.getStartupFailure())
			.getCause()).getProblems();
	}

	private static String action(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		return new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure()).getAction();
	}

}
