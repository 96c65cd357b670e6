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
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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
import io.github.corspolicy.core.PolicyProblem;
import io.github.corspolicy.spring.autoconfigure.ConfigurationProblem.Kind;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.at;
import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.identified;
import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class UnknownPropertiesCheckTests {

	/** The value of an unknown key, which may be a secret meant for something else. */
	private static final String NOT_SHOWN = "(not shown)";

	/** What the fix adds for a key that may be meant for something else. */
	private static final String OR_REMOVE = "; or remove it, or set cors.unknown-properties=warn if it is meant for"
			+ " something else";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPropertiesCheckAutoConfiguration.class,
				CorsPolicyAutoConfiguration.class));

	@Test
	void misspeltKeyOnTheCommandLineFailsNamingTheKeyItsSourceAndTheNearestProperty() {
		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("--cors.alowed-origins=https://app.example.com")))
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(identified(analysis))
					.containsExactly(problem("cors.alowed-origins", NOT_SHOWN, Kind.UNKNOWN_PROPERTY));
				assertThat(at(analysis, "cors.alowed-origins").problem())
					.isEqualTo(namesNoProperty("\"cors.alowed-origins\" from property source \"commandLineArgs\""));
				assertThat(at(analysis, "cors.alowed-origins").fix()).isEqualTo(didYouMean("cors.allowed-origins"));
				assertThat(analysis.getDescription()).as("the report").doesNotContain("https://app.example.com");
			});
	}

	@Test
	void misspeltEnvironmentVariableFailsNamingTheVariableAndTheOneMeant() {
		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(environment(Map.of("CORS_ALOWED_ORIGINS", "https://app.example.com"))))
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(identified(analysis))
					.containsExactly(problem("CORS_ALOWED_ORIGINS", NOT_SHOWN, Kind.UNKNOWN_PROPERTY));
				assertThat(at(analysis, "CORS_ALOWED_ORIGINS").problem()).isEqualTo(
						namesNoProperty("\"CORS_ALOWED_ORIGINS\" from property source \"test-systemEnvironment\""));
				assertThat(at(analysis, "CORS_ALOWED_ORIGINS").fix())
					.isEqualTo(didYouMean("CORS_ALLOWED_ORIGINS (cors.allowed-origins)"));
			});
	}

	@Test
	void misspeltSystemPropertyFailsToo() {
		this.runner.withSystemProperties("cors.allowed-origins=https://app.example.com", "cors.max-ag=60")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(identified(analysis))
					.containsExactly(problem("cors.max-ag", NOT_SHOWN, Kind.UNKNOWN_PROPERTY));
				assertThat(at(analysis, "cors.max-ag").problem())
					.isEqualTo(namesNoProperty("\"cors.max-ag\" from property source \"systemProperties\""));
				assertThat(at(analysis, "cors.max-ag").fix()).isEqualTo(didYouMean("cors.max-age"));
			});
	}

	@Test
	void misspeltKeyInsideAMappingSuggestsTheMappingsOwnProperty() {
		this.runner.withPropertyValues("cors.mappings[0].path-patterns=/api/**",
				"cors.mappings[0].alowed-origins[0]=https://app.example.com")
			.run((context) -> assertThat(at(analysis(context), "cors.mappings[0].alowed-origins[0]").fix())
				.isEqualTo(didYouMean("cors.mappings[0].allowed-origins[0]")));
		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources()
			.addFirst(environment(Map.of("CORS_MAPPINGS_0_PATH_PATTERNS", "/api/**",
					"CORS_MAPPINGS_0_ALOWED_ORIGINS", "https://app.example.com"))))
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(identified(analysis))
					.containsExactly(problem("CORS_MAPPINGS_0_ALOWED_ORIGINS", NOT_SHOWN, Kind.UNKNOWN_PROPERTY));
				assertThat(at(analysis, "CORS_MAPPINGS_0_ALOWED_ORIGINS").fix())
					.isEqualTo(didYouMean("CORS_MAPPINGS_0_ALLOWED_ORIGINS (cors.mappings[0].allowed-origins)"));
			});
	}

	@Test
	void mappingWhoseOnlyKeyIsMisspeltFailsInBindingAndIsReportedInTheSameFormat() {
		this.runner.withPropertyValues("cors.mappings[0].path-pattern=/api/**").run((context) -> {
			FailureAnalysis analysis = new UnboundCorsPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(identified(analysis))
				.containsExactly(problem("cors.mappings[0].path-pattern", NOT_SHOWN, Kind.UNBINDABLE_PROPERTY));
			assertThat(at(analysis, "cors.mappings[0].path-pattern").problem()).isEqualTo("names no CORS property,"
					+ " and no other key of its mapping there does, so Spring Boot cannot bind the mapping (set in"
					+ " \"cors.mappings[0].path-pattern\" from property source \"test\")");
			assertThat(at(analysis, "cors.mappings[0].path-pattern").fix()).as("warn mode cannot help here")
				.isEqualTo("did you mean cors.mappings[0].path-patterns? Rename it");
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
				FailureAnalysis analysis = analysis(context);
				assertThat(identified(analysis))
					.containsExactly(problem("cors.exposed-header", NOT_SHOWN, Kind.UNKNOWN_PROPERTY));
				assertThat(at(analysis, "cors.exposed-header").problem())
					.isEqualTo(namesNoProperty("class path resource [unknown-keys.yml] - 3:19"));
				assertThat(at(analysis, "cors.exposed-header").fix()).isEqualTo(didYouMean("cors.exposed-headers"));
			});
	}

	@Test
	void unknownKeysAreReportedWithEveryOtherProblemAtOnce() {
		this.runner.withPropertyValues("cors.allowed-origins=https://app.com/", "cors.alow-credentials=true",
				"cors.mappings[0].allowed-origins=https://x.example.com")
			.run((context) -> assertThat(identified(analysis(context))).containsExactlyInAnyOrder(
					problem("cors.alow-credentials", NOT_SHOWN, Kind.UNKNOWN_PROPERTY),
					problem("cors.allowed-origins[0]", "https://app.com/", PolicyProblem.Kind.ORIGIN_TRAILING_SLASH),
					problem("cors.mappings[0].path-patterns", "", Kind.NO_PATH_PATTERNS)));
	}

	@Test
	void keyFarFromEveryPropertyGetsNoGuessButThePointerToTheDocumentation() {
		this.runner.withPropertyValues("cors.origins=https://app.example.com")
			.run((context) -> assertThat(at(analysis(context), "cors.origins").fix()).isEqualTo(noSimilarName()));
	}

	@Test
	void misspeltKeyFailsEvenWhenCorsIsDisabled() {
		this.runner.withPropertyValues("cors.enabled=false", "cors.alowed-origins=https://app.example.com")
			.run((context) -> assertThat(identified(analysis(context)))
				.containsExactly(problem("cors.alowed-origins", NOT_SHOWN, Kind.UNKNOWN_PROPERTY)));
		this.runner.withPropertyValues("cors.enabeld=false")
			.run((context) -> assertThat(at(analysis(context), "cors.enabeld").fix())
				.isEqualTo(didYouMean("cors.enabled")));
	}

	@Test
	void misspeltKeyFailsWhenTheApplicationDefinesItsOwnMappings() {
		CorsMappings own = CorsMappings.of(new CorsMapping("own", List.of(),
				CorsPolicy.builder().allowedOrigins("https://own.example.com").build(), "cors."));
		this.runner.withBean(CorsMappings.class, () -> own)
			.withPropertyValues("cors.filter-ordr=-200")
			.run((context) -> assertThat(at(analysis(context), "cors.filter-ordr").fix())
				.isEqualTo(didYouMean("cors.filter-order")));
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
				FailureAnalysis analysis = analysis(context);
				assertThat(identified(analysis)).containsExactlyInAnyOrder(
						problem("cors.unknown-properties", "ignore", Kind.INVALID_UNKNOWN_PROPERTIES_MODE),
						problem("cors.alowed-origins", NOT_SHOWN, Kind.UNKNOWN_PROPERTY));
				assertThat(at(analysis, "cors.unknown-properties").fix()).isEqualTo("write fail (the default: an"
						+ " unknown cors.* key stops start-up) or warn (one warning per key)");
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
			index on a single value                  | cors.max-age[0]=60                              | cors.max-age
			singular of a list                       | cors.exposed-header=ETag                        | cors.exposed-headers
			transposed letters                       | cors.enabeld=true                               | cors.enabled
			mapping key at the top level             | cors.path-patterns=/api/**                      | cors.mappings[0].path-patterns
			top-level key in a mapping               | cors.mappings[0].filter-order=1                 | cors.filter-order
			unrelated platform variable              | cors.proxy-url=https://proxy.internal           |
			""")
	void keysThatBindNothingAreReported(String description, String property, @Nullable String suggestion) {
		String key = property.substring(0, property.indexOf('='));
		this.runner.withPropertyValues(property, "cors.mappings[0].path-patterns=/x/**").run((context) -> {
			ConfigurationProblem problem = at(analysis(context), key);
			assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
			assertThat(problem.fix()).isEqualTo((suggestion != null) ? didYouMean(suggestion) : noSimilarName());
		});
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

	private static FailureAnalysis analysis(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		return new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
	}

	/** What an unknown key set at {@code origin} is told. */
	private static String namesNoProperty(String origin) {
		return "names no CORS property, so it has no effect (set in " + origin + ")";
	}

	/** The fix for an unknown key close to {@code property}. */
	private static String didYouMean(String property) {
		return "did you mean " + property + "? Rename it" + OR_REMOVE;
	}

	/** The fix for an unknown key close to no property. */
	private static String noSimilarName() {
		return "no property has a similar name; see docs/configuration.md for the keys" + OR_REMOVE;
	}

}
