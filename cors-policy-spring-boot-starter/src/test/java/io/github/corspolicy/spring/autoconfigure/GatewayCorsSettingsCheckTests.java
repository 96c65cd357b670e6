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
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Spring Cloud Gateway's CORS properties on a gateway that runs the starter, by name only (no
 * Gateway on this classpath): a warning naming them when the policy refuses nothing they allow,
 * a start-up failure naming each value it would now refuse.
 */
@ExtendWith(OutputCaptureExtension.class)
class GatewayCorsSettingsCheckTests {

	private static final String GLOBALCORS = "spring.cloud.gateway.server.webflux.globalcors.cors-configurations[/**]";

	private static final String DEPRECATED_GLOBALCORS = "spring.cloud.gateway.globalcors.cors-configurations[/**]";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPropertiesCheckAutoConfiguration.class,
				CorsPolicyAutoConfiguration.class, CorsGatewaySettingsCheckAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com", "cors.allowed-methods=GET,POST",
				"cors.allowed-headers=Authorization", "cors.exposed-headers=X-Request-ID");

	static Stream<Arguments> contradictions() {
		return Stream.of(
				argumentSet("an exact origin the policy refuses", props(
						GLOBALCORS + ".allowed-origins=https://app.example.com,https://old.example.com"),
						GLOBALCORS + ".allowed-origins", "https://old.example.com", "cors.allowed-origins"),
				argumentSet("the same under the deprecated prefix",
						props(DEPRECATED_GLOBALCORS + ".allowed-origins=https://old.example.com"),
						DEPRECATED_GLOBALCORS + ".allowed-origins", "https://old.example.com", "cors.allowed-origins"),
				argumentSet("credentials where the policy has none", props(
						GLOBALCORS + ".allowed-origins=https://app.example.com", GLOBALCORS + ".allow-credentials=true"),
						GLOBALCORS + ".allow-credentials", "true", "cors.allow-credentials"),
				argumentSet("a method the policy refuses", props(GLOBALCORS + ".allowed-origins=https://app.example.com",
						GLOBALCORS + ".allowed-methods=GET,DELETE"), GLOBALCORS + ".allowed-methods", "DELETE",
						"cors.allowed-methods"),
				argumentSet("a request header the policy refuses", props(
						GLOBALCORS + ".allowed-origins=https://app.example.com", GLOBALCORS + ".allowed-headers=X-Legacy"),
						GLOBALCORS + ".allowed-headers", "X-Legacy", "cors.allowed-headers"),
				argumentSet("a response header the policy does not expose", props(
						GLOBALCORS + ".allowed-origins=https://app.example.com", GLOBALCORS + ".exposed-headers=X-Total"),
						GLOBALCORS + ".exposed-headers", "X-Total", "cors.exposed-headers"),
				argumentSet("route cors metadata in YAML, judged by the mapping of its Path", yaml("""
						cors.mappings[0].path-patterns: /orders/**
						cors.mappings[0].allowed-origins: https://orders.example.com
						spring.cloud.gateway.server.webflux.routes:
						  - id: orders
						    uri: http://orders:8080
						    predicates:
						      - Path=/orders/**
						    metadata:
						      cors:
						        allowedOrigins: https://app.example.com
						"""), "spring.cloud.gateway.server.webflux.routes[0].metadata.cors.allowed-origins",
						"https://app.example.com", "cors.mappings[0].allowed-origins"));
	}

	@ParameterizedTest
	@MethodSource
	void contradictions(UnaryOperator<WebApplicationContextRunner> configure, String property, String value,
			String policyProperty) {
		configure.apply(this.runner).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			InvalidCorsConfigurationException invalid = (InvalidCorsConfigurationException) analysis.getCause();
			assertThat(invalid.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.kind()).isEqualTo(ConfigurationProblem.Kind.GATEWAY_CORS_CONTRADICTION);
				assertThat(problem.property()).isEqualTo(property);
				assertThat(problem.value()).isEqualTo(value);
			});
			assertThat(analysis.getDescription()).contains("Property: " + property, "Value: '" + value + "'",
					"would be blocked now that cors-policy answers");
			assertThat(analysis.getAction()).contains(property + ": ", policyProperty, "or remove it here");
		});
	}

	static Stream<Arguments> warnings() {
		return Stream.of(
				argumentSet("origins the policy allows too", props(
						GLOBALCORS + ".allowed-origins=https://app.example.com", GLOBALCORS + ".allowed-methods=GET"),
						List.of(GLOBALCORS + ".allowed-methods", GLOBALCORS + ".allowed-origins")),
				argumentSet("any origin, any header: the policy is narrower, nothing to try",
						props(DEPRECATED_GLOBALCORS + ".allowed-origins=*", DEPRECATED_GLOBALCORS + ".allowed-headers=*"),
						List.of(DEPRECATED_GLOBALCORS + ".allowed-headers", DEPRECATED_GLOBALCORS + ".allowed-origins")),
				argumentSet("the simple URL handler mapping switch",
						props("spring.cloud.gateway.server.webflux.globalcors.add-to-simple-url-handler-mapping=true"),
						List.of("spring.cloud.gateway.server.webflux.globalcors.add-to-simple-url-handler-mapping")),
				argumentSet("an origin refused on /** but allowed by the mapping of the route's path", props(
						"cors.mappings[0].path-patterns=/orders/**",
						"cors.mappings[0].allowed-origins=https://orders.example.com",
						"spring.cloud.gateway.routes[0].predicates[0]=Path=/orders/**",
						"spring.cloud.gateway.routes[0].metadata.cors.allowed-origins=https://orders.example.com"),
						List.of("spring.cloud.gateway.routes[0].metadata.cors.allowed-origins")),
				argumentSet("an origin refused where the policy is off", props("cors.mappings[0].path-patterns=/legacy/**",
						"cors.mappings[0].enabled=false",
						"spring.cloud.gateway.globalcors.cors-configurations[/legacy/**].allowed-origins=https://old.example.com"),
						List.of("spring.cloud.gateway.globalcors.cors-configurations[/legacy/**].allowed-origins")));
	}

	@ParameterizedTest
	@MethodSource
	void warnings(UnaryOperator<WebApplicationContextRunner> configure, List<String> keys, CapturedOutput output) {
		configure.apply(this.runner).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).containsOnlyOnce(GatewayCorsSettingsCheck.warning(keys));
		});
	}

	@Test
	void noGatewayCorsPropertyNoWarning(CapturedOutput output) {
		this.runner.withPropertyValues("spring.cloud.gateway.server.webflux.routes[0].metadata.timeout=5")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).doesNotContain("CORS at the gateway");
			});
	}

	@Test
	void withTheStarterOffGatewaysCorsIsLeftAlone(CapturedOutput output) {
		this.runner.withPropertyValues("cors.enabled=false", GLOBALCORS + ".allowed-origins=https://old.example.com")
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(GatewayCorsSettingsCheck.class);
				assertThat(output).doesNotContain("CORS at the gateway");
			});
	}

	@Test
	void everyContradictionIsReportedAtOnce() {
		this.runner.withPropertyValues(GLOBALCORS + ".allowed-origins=https://old.example.com,https://app.example.com",
				GLOBALCORS + ".allow-credentials=true", DEPRECATED_GLOBALCORS + ".allowed-origins=https://legacy.example.com")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(((InvalidCorsConfigurationException) analysis.getCause()).getProblems()).extracting(ConfigurationProblem::value)
					.containsExactlyInAnyOrder("https://old.example.com", "true", "https://legacy.example.com");
			});
	}

	private static UnaryOperator<WebApplicationContextRunner> props(String... properties) {
		return (runner) -> runner.withPropertyValues(properties);
	}

	private static UnaryOperator<WebApplicationContextRunner> yaml(String yaml) {
		return (runner) -> runner.withInitializer((context) -> {
			try {
				new YamlPropertySourceLoader()
					.load("application.yml",
							new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "application.yml"))
					.forEach(context.getEnvironment().getPropertySources()::addFirst);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
