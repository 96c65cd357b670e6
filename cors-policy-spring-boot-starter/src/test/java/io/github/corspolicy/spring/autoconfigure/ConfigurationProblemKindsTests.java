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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import io.github.corspolicy.core.PolicyProblem;
import io.github.corspolicy.spring.autoconfigure.ConfigurationProblem.Kind;
import io.github.corspolicy.spring.mapping.CorsMappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Every problem of the {@code cors.*} configuration has a stable kind, and a policy's problem keeps
 * the core's kind; the report names the property as written, and every other setting a problem
 * refers to as a property of the same mapping.
 */
class ConfigurationProblemKindsTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPropertiesCheckAutoConfiguration.class,
				CorsPolicyAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com");

	@ParameterizedTest
	@MethodSource("kinds")
	void eachKindComesFromRealConfiguration(Kind kind, UnaryOperator<WebApplicationContextRunner> configure,
			String property) {
		configure.apply(this.runner).run((context) -> assertThat(problems(context))
			.anySatisfy((problem) -> {
				assertThat(problem.kind()).isEqualTo(kind);
				assertThat(problem.property()).isEqualTo(property);
				assertThat(problem.policyKind() != null).as("carries a policy kind").isEqualTo(kind == Kind.POLICY);
				assertThat(problem.problem() + problem.fix()).doesNotContainPattern("\\bnull\\b");
			}));
	}

	@ParameterizedTest
	@MethodSource("warningKinds")
	void eachWarningKindComesFromRealConfigurationAndStartsTheApplication(Kind kind,
			UnaryOperator<WebApplicationContextRunner> configure, String property) {
		configure.apply(this.runner).run((context) -> {
			assertThat(context).hasNotFailed();
			CorsPolicyProperties properties = Binder.get(context.getEnvironment())
				.bindOrCreate("cors", CorsPolicyProperties.class);
			CorsMappingsFactory factory = new CorsMappingsFactory(properties, List.of());
			CorsMappings mappings = factory.create();
			assertThat(factory.warnings()).anySatisfy((problem) -> {
				assertThat(problem.kind()).isEqualTo(kind);
				assertThat(problem.property()).isEqualTo(property);
				assertThat(context.getBean(CorsMappings.class).warnings()).contains(problem.toString())
					.isEqualTo(mappings.warnings());
			});
		});
	}

	@Test
	void everyKindHasARow() {
		Set<Kind> covered = Stream.concat(kinds(), warningKinds())
			.map((row) -> (Kind) row.get()[0])
			.collect(Collectors.toSet());
		assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).as("kinds without a row").isEmpty();
	}

	@ParameterizedTest
	@MethodSource
	void aForbiddenNameFailsStartUpWithItsKindAndTheFix(List<String> properties, String property, String value,
			PolicyProblem.Kind policyKind, String fix) {
		this.runner.withPropertyValues(properties.toArray(String[]::new)).run((context) -> {
			assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.kind()).isEqualTo(Kind.POLICY);
				assertThat(problem.policyKind()).isEqualTo(policyKind);
				assertThat(problem.property()).isEqualTo(property);
				assertThat(problem.value()).isEqualTo(value);
			});
			FailureAnalysis analysis = analysis(context);
			assertThat(analysis.getDescription()).contains("1 problem:", "Property: " + property,
					"Value: '" + value + "'", "(Fetch standard, section 2.2.");
			assertThat(analysis.getAction()).contains(property + ": " + fix);
		});
	}

	static Stream<Arguments> aForbiddenNameFailsStartUpWithItsKindAndTheFix() {
		return Stream.of(
				argumentSet("allowed-methods: CONNECT", List.of("cors.allowed-methods=CONNECT"), "cors.allowed-methods[0]",
						"CONNECT", PolicyProblem.Kind.FORBIDDEN_METHOD,
						"remove it: a browser never lets a page send it, so listing it has no effect"),
				argumentSet("allowed-headers: Connection", List.of("cors.allowed-headers=Connection"),
						"cors.allowed-headers[0]", "Connection", PolicyProblem.Kind.FORBIDDEN_REQUEST_HEADER,
						"remove it: a browser never lets a page set it, so listing it has no effect"),
				argumentSet("exposed-headers: Set-Cookie", List.of("cors.exposed-headers=Set-Cookie"),
						"cors.exposed-headers[0]", "Set-Cookie", PolicyProblem.Kind.FORBIDDEN_RESPONSE_HEADER,
						"remove it: a browser never lets a page read it, so listing it has no effect"),
				argumentSet("a mapping's allowed-headers: sec-fetch-mode",
						List.of("cors.mappings[0].path-patterns=/api/**", "cors.mappings[0].allowed-headers=sec-fetch-mode"),
						"cors.mappings[0].allowed-headers[0]", "sec-fetch-mode", PolicyProblem.Kind.FORBIDDEN_REQUEST_HEADER,
						"remove it: a browser never lets a page set it"));
	}

	@Test
	void aReferenceNamesThePropertyThatHoldsTheValueAndTheFixTheMappingsOwn() {
		this.runner.withPropertyValues("cors.allowed-origins=*", "cors.mappings[0].path-patterns=/lan/**",
				"cors.mappings[0].allow-private-network=true")
			.run((context) -> assertThat(problems(context)).singleElement()
				.satisfies((problem) -> {
					assertThat(problem.policyKind()).isEqualTo(PolicyProblem.Kind.ANY_ORIGIN_WITH_PRIVATE_NETWORK);
					assertThat(problem.property()).isEqualTo("cors.mappings[0].allow-private-network");
					assertThat(problem.problem()).isEqualTo("lets any web site reach this private-network service,"
							+ " because cors.allowed-origins is '*'");
					assertThat(problem.fix())
						.isEqualTo("list the origins that may reach it in cors.mappings[0].allowed-origins");
				}));
	}

	@Test
	void aValueThatLooksLikeASettingNameIsReportedAsWritten() {
		this.runner.withPropertyValues("cors.allowed-origins=https://app.example.com/max-age")
			.run((context) -> assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.policyKind()).isEqualTo(PolicyProblem.Kind.ORIGIN_PATH);
				assertThat(problem.problem()).isEqualTo("has a path ('/max-age'); an origin is scheme://host[:port] only");
			}));
	}

	@Test
	void aMethodOverrideHeaderWarnsNamingTheInheritedValueAndTheMappingsOwnProperty() {
		this.runner.withPropertyValues("cors.mappings[0].path-patterns=/api/**",
				"cors.mappings[0].allowed-headers=X-HTTP-Method-Override")
			.run((context) -> assertThat(context.getBean(CorsMappings.class).warnings()).singleElement()
				.asString()
				.startsWith("cors.mappings[0].allowed-headers[0]='X-HTTP-Method-Override' lets a page override")
				.contains("need not be in cors.allowed-methods")
				.endsWith("checks the method it names against cors.mappings[0].allowed-methods"));
	}

	static Stream<Arguments> kinds() {
		return Stream.of(
				row(Kind.POLICY, (r) -> r.withPropertyValues("cors.allowed-methods=TRACE"), "cors.allowed-methods[0]"),
				row(Kind.UNKNOWN_PROPERTY, (r) -> r.withPropertyValues("cors.max-ag=60"), "cors.max-ag"),
				row(Kind.UNBINDABLE_PROPERTY, (r) -> r.withPropertyValues("cors.mappings[0].path-pattern=/api/**"),
						"cors.mappings[0].path-pattern"),
				row(Kind.INVALID_UNKNOWN_PROPERTIES_MODE, (r) -> r.withPropertyValues("cors.unknown-properties=ignore"),
						"cors.unknown-properties"),
				row(Kind.EMPTY_VALUE, (r) -> r.withPropertyValues("cors.max-age="), "cors.max-age"),
				row(Kind.FILTER_ORDER_AFTER_SECURITY, (r) -> r
					.withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
							UserDetailsServiceAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
							SecurityFilterAutoConfiguration.class))
					.withPropertyValues("cors.filter-order=0"), "cors.filter-order"),
				row(Kind.UNRESOLVED_PLACEHOLDER, (r) -> r.withPropertyValues("cors.allowed-origins=${NOT_SET_ANYWHERE_42}"),
						"cors.allowed-origins[0]"),
				row(Kind.INVALID_PATH_PATTERN, (r) -> r.withPropertyValues("cors.mappings[0].path-patterns=/api/{*a}/b"),
						"cors.mappings[0].path-patterns[0]"),
				row(Kind.NO_PATH_PATTERNS,
						(r) -> r.withPropertyValues("cors.mappings[0].allowed-origins=https://x.example.com"),
						"cors.mappings[0].path-patterns"),
				row(Kind.GATEWAY_CORS_CONTRADICTION, (r) -> r
					.withConfiguration(AutoConfigurations.of(CorsGatewaySettingsCheckAutoConfiguration.class))
					.withPropertyValues("spring.cloud.gateway.globalcors.cors-configurations[/**].allowed-origins=https://old.example.com"),
						"spring.cloud.gateway.globalcors.cors-configurations[/**].allowed-origins"),
				row(Kind.UNKNOWN_MANAGEMENT_MAPPING, (r) -> r.withPropertyValues("cors.management.mapping=ops"),
						"cors.management.mapping"));
	}

	/** The kinds that are warnings: the application starts and logs them. */
	static Stream<Arguments> warningKinds() {
		return Stream.of(row(Kind.TIMING_ALLOW_ORIGIN_ON_DISABLED_MAPPING,
				(r) -> r.withPropertyValues("cors.mappings[0].path-patterns=/webhooks/**", "cors.mappings[0].enabled=false",
						"cors.mappings[0].timing-allow-origin=true"),
				"cors.mappings[0].timing-allow-origin"));
	}

	private static Arguments row(Kind kind, UnaryOperator<WebApplicationContextRunner> configure, String property) {
		return argumentSet(kind.name(), kind, configure, property);
	}

	/** The problems of a failed start-up, as the failure analysis reports them. */
	private static List<ConfigurationProblem> problems(AssertableWebApplicationContext context) {
		FailureAnalysis analysis = analysis(context);
		return (analysis.getCause() instanceof InvalidCorsConfigurationException invalid) ? invalid.getProblems()
				: List.of();
	}

	private static FailureAnalysis analysis(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		@Nullable FailureAnalysis analysis = new UnboundCorsPropertiesFailureAnalyzer()
			.analyze(context.getStartupFailure());
		if (analysis == null) {
			analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
		}
		assertThat(analysis).as("the analysed report of %s", context.getStartupFailure()).isNotNull();
		return analysis;
	}

}
