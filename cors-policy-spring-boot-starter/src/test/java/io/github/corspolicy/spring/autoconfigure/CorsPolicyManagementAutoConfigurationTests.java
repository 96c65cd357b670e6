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

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.mapping.CorsMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The management server's mappings and the start-up checks about the actuator endpoints' CORS:
 * {@code cors.management.mapping} validated with the other properties, the mappings of the
 * management port only where it has a port of its own, and the warnings about Spring Boot's
 * {@code management.endpoints.web.cors.*} settings on either port.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorsPolicyManagementAutoConfigurationTests {

	private static final String OWN_PORT = "management.server.port=9001";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPropertiesCheckAutoConfiguration.class,
				CorsPolicyAutoConfiguration.class, CorsPolicyManagementAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com", "cors.mappings[0].name=public",
				"cors.mappings[0].path-patterns=/public/**", "cors.mappings[0].allowed-origins=*",
				"cors.mappings[1].name=ops", "cors.mappings[1].allowed-origins=https://ops.example.com");

	private final WebApplicationContextRunner withOpsMapping = this.runner
		.withPropertyValues("cors.management.mapping=ops");

	@Test
	void anUnknownMappingNameFailsStartUpWithTheNamesThereAreAndTheFix() {
		this.runner.withPropertyValues(OWN_PORT, "cors.management.mapping=opps",
				"cors.mappings[1].path-patterns=/ops/**").run((context) -> {
					assertThat(context).hasFailed();
					FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
						.analyze(context.getStartupFailure());
					assertThat(analysis).isNotNull();
					assertThat(analysis.getDescription()).contains("1 problem:", "Property: cors.management.mapping",
							"Value: 'opps'", "Problem: it names no mapping of cors.mappings: they are 'public', 'ops'");
					assertThat(analysis.getAction()).contains("cors.management.mapping: write one of those names, or "
							+ "add a mapping of that name (cors.mappings[2].name=opps and its allowed-origins; it needs"
							+ " no path-patterns), or remove cors.management.mapping");
				});
	}

	@Test
	void anUnknownMappingNameIsReportedWithEveryOtherProblemAtOnce() {
		this.runner.withPropertyValues("cors.management.mapping=nope", "cors.max-age=-1").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidCorsConfigurationException.class)
				.satisfies((failure) -> assertThat(((InvalidCorsConfigurationException) failure).getProblems())
					.extracting(ConfigurationProblem::property)
					.contains("cors.management.mapping", "cors.max-age", "cors.mappings[1].path-patterns"));
		});
	}

	@Test
	void onlyTheMappingNamedForTheManagementPortMayHaveNoPathPatterns() {
		this.withOpsMapping.withPropertyValues(OWN_PORT).run((context) -> {
			assertThat(context).hasNotFailed();
			CorsMapping ops = context.getBean(LiveCorsMappings.class).mappings().all().get(1);
			assertThat(ops.name()).isEqualTo("ops");
			assertThat(ops.pathPatterns()).as("it decides no path of the main port").isEmpty();
		});
		this.runner.withPropertyValues(OWN_PORT).run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void thePolicyLineShowsTheNamedMappingForTheManagementPort(CapturedOutput output) {
		this.withOpsMapping.withPropertyValues(OWN_PORT)
			.run((context) -> assertThat(output.getOut()).contains("CORS policy: public [/public/**] {",
					"; ops management port {allowed-origins=[https://ops.example.com]", "; default other paths {"));
	}

	@Test
	void theManagementPortDecidesEveryPathByTheNamedMapping() {
		this.withOpsMapping.withPropertyValues(OWN_PORT).run((context) -> {
			LiveCorsMappings management = context.getBean(ManagementCorsMappings.class).mappings();
			for (String path : List.of("/actuator/health", "/public/x", "/", "/a/%2e%2e/%2e%2e/b")) {
				CorsMapping mapping = management.mappings().resolve(path);
				assertThat(mapping.name()).as(path).isEqualTo("ops");
				assertThat(mapping.evaluate(CorsRequest.actual("GET", "https://ops.example.com")).isRejected()).isFalse();
				assertThat(mapping.evaluate(CorsRequest.actual("GET", "https://app.example.com")).isRejected()).isTrue();
			}
		});
	}

	@Test
	void withoutTheMappingTheManagementPortHasTheMainPortsLiveMappings() {
		this.runner.withPropertyValues(OWN_PORT, "cors.mappings[1].path-patterns=/actuator/**")
			.run((context) -> assertThat(context.getBean(ManagementCorsMappings.class).mappings())
				.isSameAs(context.getBean(LiveCorsMappings.class)));
	}

	@Test
	void withoutAPortOfItsOwnTheManagementServerHasNoMappingsOfItsOwn() {
		this.runner.withPropertyValues("cors.mappings[1].path-patterns=/actuator/**")
			.run((context) -> assertThat(context).doesNotHaveBean(ManagementCorsMappings.class));
		this.runner.withPropertyValues("cors.mappings[1].path-patterns=/actuator/**", "server.port=8080",
				"management.server.port=8080")
			.run((context) -> assertThat(context).doesNotHaveBean(ManagementCorsMappings.class));
	}

	@Test
	void theMappingWithoutAPortOfItsOwnIsWarnedOfAsHavingNoEffect(CapturedOutput output) {
		this.withOpsMapping.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output.getOut()).contains("WARN", "CORS: cors.management.mapping='ops' has no effect: the "
					+ "management server has no port of its own (management.server.port is not set, or is server.port),"
					+ " so the actuator endpoints get the main port's mappings; set management.server.port, or give"
					+ " the mapping path-patterns such as /actuator/**");
		});
	}

	static Stream<Arguments> bootSettings() {
		return Stream.of(
				argumentSet("on the main port, an origin the policy refuses", List.of(
						"management.endpoints.web.cors.allowed-origins=https://app.example.com,https://legacy.example.com"),
						"on /actuator/health (mapping 'default')", "'https://legacy.example.com'",
						"cors.allowed-origins"),
				argumentSet("on the main port, any origin", List.of("management.endpoints.web.cors.allowed-origins=*"),
						"on /actuator/health (mapping 'default')", "any origin ('*')", "cors.allowed-origins"),
				argumentSet("on the management port, by the named mapping", List.of(OWN_PORT,
						"cors.management.mapping=ops",
						"management.endpoints.web.cors.allowed-origins=https://app.example.com"),
						"on the management server's port /actuator/health (mapping 'ops')", "'https://app.example.com'",
						"cors.mappings[1].allowed-origins"),
				argumentSet("on the management port, by the path under another base path", List.of(OWN_PORT,
						"cors.mappings[1].path-patterns=/ops/**", "management.endpoints.web.base-path=/ops",
						"management.endpoints.web.cors.allowed-origins=https://app.example.com"),
						"on the management server's port /ops/health (mapping 'ops')", "'https://app.example.com'",
						"cors.mappings[1].allowed-origins"));
	}

	@ParameterizedTest
	@MethodSource("bootSettings")
	void bootsEndpointCorsSettingsAreWarnedOfWithWhatThePolicyRefuses(List<String> properties, String where,
			String refused, String migrateTo, CapturedOutput output) {
		this.runner.withPropertyValues("cors.mappings[1].path-patterns=/ops/**")
			.withPropertyValues(properties.toArray(String[]::new))
			.withPropertyValues("management.endpoints.web.cors.allowed-methods=GET")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output.getOut()).contains("WARN", "CORS on the actuator endpoints: "
						+ "management.endpoints.web.cors.allowed-methods, management.endpoints.web.cors.allowed-origins"
						+ " are set, but cors-policy answers the endpoints' preflights before Spring Boot's CORS handling"
						+ " and replaces every Access-Control-* header written after it, so the policy wins and those"
						+ " settings decide nothing; they allow " + refused + ", which the policy refuses " + where
						+ ": a page from there that worked with Spring Boot's CORS is blocked now; to migrate, list the"
						+ " origins the endpoints need in " + migrateTo + " and delete the"
						+ " management.endpoints.web.cors.* keys");
			});
	}

	@Test
	void bootsSettingsThatThePolicyAllowsAreWarnedOfWithoutARefusal(CapturedOutput output) {
		this.runner.withPropertyValues("cors.mappings[1].path-patterns=/ops/**",
				"management.endpoints.web.cors.allowed-origins=https://app.example.com")
			.run((context) -> {
				assertThat(output.getOut()).contains("management.endpoints.web.cors.allowed-origins are set, but "
						+ "cors-policy answers", "so the policy wins and those settings decide nothing; to migrate");
				assertThat(output.getOut()).doesNotContain("which the policy refuses");
			});
	}

	@Test
	void bootsSettingsWhereThePolicyIsOffAreSaidToDecide(CapturedOutput output) {
		this.runner.withPropertyValues("cors.mappings[1].path-patterns=/actuator/**", "cors.mappings[1].enabled=false",
				"management.endpoints.web.cors.allowed-origins=https://legacy.example.com")
			.run((context) -> assertThat(output.getOut()).contains("CORS on the actuator endpoints: "
					+ "management.endpoints.web.cors.allowed-origins are set, and the policy is off on /actuator/health"
					+ " (mapping 'ops'), so Spring Boot's settings decide there"));
	}

	@Test
	void withoutBootsSettingsNothingIsWarned(CapturedOutput output) {
		this.runner.withPropertyValues(OWN_PORT, "cors.mappings[1].path-patterns=/ops/**")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output.getOut()).doesNotContain("CORS on the actuator endpoints", "has no effect");
			});
	}

}
