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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.actuate.CorsEndpoint;
import io.github.corspolicy.spring.live.LivePolicyBuilder;
import io.github.corspolicy.spring.mapping.CorsMappings;

import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.at;
import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.identified;
import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * {@code cors.timing-allow-origin} and {@code cors.mappings[i].timing-allow-origin}: inherited and
 * overridden like every policy property, checked like them, shown by the {@code cors} endpoint, and
 * bound afresh by a live snapshot.
 */
class TimingAllowOriginConfigurationTests {

	private static final String APP = "https://app.example.com";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPropertiesCheckAutoConfiguration.class,
				CorsPolicyAutoConfiguration.class, CorsPolicyEndpointAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=" + APP, "cors.mappings[0].name=own",
				"cors.mappings[0].path-patterns=/own/**", "cors.mappings[1].name=inherits",
				"cors.mappings[1].path-patterns=/inherits/**");

	static Stream<Arguments> inheritance() {
		return Stream.of(
				argumentSet("unset everywhere: off", List.of(), false, false, false),
				argumentSet("set at the top level: every mapping inherits it", List.of("cors.timing-allow-origin=true"),
						true, true, true),
				argumentSet("set in a mapping only", List.of("cors.mappings[0].timing-allow-origin=true"), false, true,
						false),
				argumentSet("a mapping's own false overrides the top level's true",
						List.of("cors.timing-allow-origin=true", "cors.mappings[0].timing-allow-origin=false"), true,
						false, true),
				argumentSet("in camel case, a relaxed form Boot binds", List.of("cors.timingAllowOrigin=true"), true,
						true, true));
	}

	@ParameterizedTest
	@MethodSource("inheritance")
	void aMappingInheritsTheTopLevelValueUnlessItSetsItsOwn(List<String> properties, boolean top, boolean own,
			boolean inherits) {
		this.runner.withPropertyValues(properties.toArray(String[]::new)).run((context) -> {
			assertThat(context).hasNotFailed();
			CorsMappings mappings = context.getBean(CorsMappings.class);
			assertThat(sendsTiming(mappings, "/api")).as("the top level").isEqualTo(top);
			assertThat(sendsTiming(mappings, "/own/x")).as("the mapping that sets its own").isEqualTo(own);
			assertThat(sendsTiming(mappings, "/inherits/x")).as("the mapping that inherits").isEqualTo(inherits);
		});
	}

	@Test
	void theEndpointShowsTheSettingAndTheHeaderOfEachMapping() {
		this.runner.withPropertyValues("cors.timing-allow-origin=true", "cors.mappings[0].timing-allow-origin=false",
				"management.endpoints.web.exposure.include=cors")
			.run((context) -> {
				CorsEndpoint endpoint = context.getBean(CorsEndpoint.class);
				assertThat(endpoint.cors(null, null, null, null).policies().mappings())
					.extracting((mapping) -> mapping.policy().get("timing-allow-origin"))
					.containsExactly(false, true, true);
				assertThat(endpoint.cors(APP, "GET", "/api", null).check().actual().headers())
					.containsEntry("Timing-Allow-Origin", APP);
				assertThat(endpoint.cors(APP, "GET", "/own/x", null).check().actual().headers())
					.doesNotContainKey("Timing-Allow-Origin");
				assertThat(endpoint.cors("https://evil.example", "GET", "/api", null).check().actual().headers())
					.doesNotContainKey("Timing-Allow-Origin");
			});
	}

	@Test
	void aPolicyThatAllowsNoOriginWarnsNamingTheProperty() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class))
			.withPropertyValues("cors.timing-allow-origin=true")
			.run((context) -> assertThat(context.getBean(CorsMappings.class).warnings())
				.anySatisfy((warning) -> assertThat(warning).isEqualTo("cors.timing-allow-origin='true' has no effect:"
						+ " no origin is allowed, and Timing-Allow-Origin is sent only with Access-Control-Allow-Origin,"
						+ " so no page sees detailed timing; fix: set cors.allowed-origins to your front end's origin,"
						+ " or remove cors.timing-allow-origin")));
	}

	@Test
	void aMappingThatAllowsNoOriginWarnsNamingTheInheritedPropertyAndTheMappingsOwnFix() {
		this.runner.withPropertyValues("cors.timing-allow-origin=true", "cors.mappings[0].allowed-origins=")
			.run((context) -> assertThat(context.getBean(CorsMappings.class).warnings())
				.filteredOn((warning) -> warning.contains("has no effect: no origin is allowed"))
				.singleElement()
				.asString()
				.startsWith("cors.timing-allow-origin='true' ")
				.endsWith("fix: set cors.mappings[0].allowed-origins to your front end's origin, or remove"
						+ " cors.mappings[0].timing-allow-origin"));
	}

	@Test
	void aDisabledMappingThatSetsItWarnsThatItHasNoEffect() {
		this.runner.withPropertyValues("cors.mappings[0].enabled=false", "cors.mappings[0].timing-allow-origin=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(CorsMappings.class).warnings()).containsExactly(
						"cors.mappings[0].timing-allow-origin='true' has no effect: cors.mappings[0].enabled=false, so"
								+ " the filter writes no header on these paths, Timing-Allow-Origin included; fix: remove"
								+ " cors.mappings[0].timing-allow-origin, or set cors.mappings[0].enabled=true");
			});
	}

	@Test
	void aDisabledMappingThatOnlyInheritsItDrawsNoWarning() {
		this.runner.withPropertyValues("cors.timing-allow-origin=true", "cors.mappings[0].enabled=false")
			.run((context) -> assertThat(context.getBean(CorsMappings.class).warnings()).isEmpty());
	}

	@ParameterizedTest
	@MethodSource
	void anEmptyOrMisspeltKeyFailsStartUpNamingIt(String property, String value, ConfigurationProblem.Kind kind,
			String fix) {
		this.runner.withPropertyValues(property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
				.analyze(context.getStartupFailure());
			// the value of an unknown key is not shown: it may be a secret meant for something else
			String shown = (kind == ConfigurationProblem.Kind.EMPTY_VALUE) ? "" : "(not shown)";
			assertThat(identified(analysis)).containsExactly(problem(property, shown, kind));
			assertThat(at(analysis, property).fix()).startsWith(fix);
		});
	}

	static Stream<Arguments> anEmptyOrMisspeltKeyFailsStartUpNamingIt() {
		return Stream.of(
				argumentSet("an empty top-level value", "cors.timing-allow-origin", "",
						ConfigurationProblem.Kind.EMPTY_VALUE, "remove the key to inherit the default"),
				argumentSet("an empty mapping value", "cors.mappings[0].timing-allow-origin", "",
						ConfigurationProblem.Kind.EMPTY_VALUE, "remove the key to inherit the top-level value"),
				argumentSet("a plural", "cors.timing-allow-origins", "true", ConfigurationProblem.Kind.UNKNOWN_PROPERTY,
						"did you mean cors.timing-allow-origin?"),
				argumentSet("a mapping's plural", "cors.mappings[0].timing-allow-origins", "true",
						ConfigurationProblem.Kind.UNKNOWN_PROPERTY, "did you mean cors.mappings[0].timing-allow-origin?"));
	}

	@Test
	void aLiveSnapshotBindsTheKeyAfreshSoThatAChangeAppliesWithTheNextOne() {
		StandardEnvironment environment = new StandardEnvironment();
		Map<String, Object> properties = new LinkedHashMap<>(Map.of("cors.allowed-origins", APP,
				"cors.mappings[0].path-patterns", "/own/**", "cors.mappings[0].timing-allow-origin", "true"));
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		LiveMappingsBuilder builder = new LiveMappingsBuilder(environment);
		LivePolicyBuilder.Result first = builder.build(Map.of());
		assertThat(sendsTiming(first.mappings(), "/own/x")).isTrue();
		assertThat(sendsTiming(first.mappings(), "/api")).isFalse();
		properties.remove("cors.mappings[0].timing-allow-origin");
		properties.put("cors.timing-allow-origin", "true");
		LivePolicyBuilder.Result next = builder.build(Map.of());
		assertThat(next.problems()).isEmpty();
		assertThat(sendsTiming(next.mappings(), "/api")).isTrue();
		assertThat(sendsTiming(next.mappings(), "/own/x")).as("inherited now").isTrue();
		properties.put("cors.mappings[0].timing-allow-origin", "false");
		assertThat(sendsTiming(builder.build(Map.of()).mappings(), "/own/x")).isFalse();
	}

	/** Whether an allowed origin's response on {@code path} carries Timing-Allow-Origin with its origin. */
	private static boolean sendsTiming(CorsMappings mappings, String path) {
		assertThat(mappings).as("a valid snapshot").isNotNull();
		CorsRequest request = CorsRequest.actual("GET", APP);
		String header = mappings.resolve(path).evaluate(request).headers(request).get("Timing-Allow-Origin");
		assertThat(header).as("the header, when sent").isIn(null, APP);
		return header != null;
	}

}
