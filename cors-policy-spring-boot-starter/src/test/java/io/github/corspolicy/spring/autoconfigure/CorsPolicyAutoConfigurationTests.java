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
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.PolicyProblem;
import io.github.corspolicy.spring.actuate.CorsEndpoint;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.autoconfigure.servlet.CorsPolicyServletAutoConfiguration;
import io.github.corspolicy.spring.servlet.CorsPolicyFilter;
import io.github.corspolicy.spring.servlet.security.PolicyCorsConfigurationSource;

import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.at;
import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.identified;
import static io.github.corspolicy.spring.autoconfigure.ReportedProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CorsPolicyAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class,
				CorsPolicyServletAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com");

	@Test
	void registersTheFilterForEveryDispatchBeforeSpringSecurity() {
		this.runner.run((context) -> {
			FilterRegistrationBean<?> registration = context.getBean("corsPolicyFilterRegistration",
					FilterRegistrationBean.class);
			assertThat(registration.getFilter()).isInstanceOf(CorsPolicyFilter.class);
			assertThat(registration.getFilterName()).isEqualTo("corsPolicyFilter");
			assertThat(registration.getOrder()).isLessThan(-100).isGreaterThan(Integer.MIN_VALUE + 1);
			assertThat(registration.determineDispatcherTypes()).containsExactlyInAnyOrder(DispatcherType.REQUEST,
					DispatcherType.ERROR, DispatcherType.ASYNC);
			assertThat(context).doesNotHaveBean("corsFilter");
		});
	}

	@Test
	void filterOrderCanBeChanged() {
		this.runner.withPropertyValues("cors.filter-order=-200")
			.run((context) -> assertThat(context.getBean("corsPolicyFilterRegistration", FilterRegistrationBean.class)
				.getOrder()).isEqualTo(-200));
	}

	@Test
	void disablingRemovesEveryBean() {
		this.runner.withPropertyValues("cors.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(CorsMappings.class);
			assertThat(context).doesNotHaveBean("corsPolicyFilterRegistration");
			assertThat(context).doesNotHaveBean(CorsConfigurationSource.class);
		});
	}

	@Test
	void backsOffWhenTheUserDefinesTheMappings() {
		CorsMappings own = CorsMappings.of(new CorsMapping("own", List.of(),
				CorsPolicy.builder().allowedOrigins("https://own.example.com").build(), "cors."));
		this.runner.withBean(CorsMappings.class, () -> own)
			.run((context) -> assertThat(context.getBean(CorsMappings.class)).isSameAs(own));
	}

	@Test
	void offersThePolicyToSpringSecurityAsCorsConfigurationSource() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(CorsConfigurationSource.class);
			assertThat(context.getBean("corsConfigurationSource")).isInstanceOf(PolicyCorsConfigurationSource.class);
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api");
			request.addHeader("Origin", "https://app.example.com");
			CorsConfiguration configuration = context.getBean(CorsConfigurationSource.class)
				.getCorsConfiguration(request);
			assertThat(configuration).isNotNull();
			assertThat(configuration.getAllowedOrigins()).containsExactly("https://app.example.com");
		});
	}

	@Test
	void backsOffWhenTheUserDefinesACorsConfigurationSource() {
		UrlBasedCorsConfigurationSource own = new UrlBasedCorsConfigurationSource();
		this.runner.withBean("myCors", CorsConfigurationSource.class, () -> own)
			.run((context) -> assertThat(context.getBean(CorsConfigurationSource.class)).isSameAs(own));
	}

	@Test
	void bindsOriginsFromAnEnvironmentVariable() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class))
			.withInitializer((context) -> context.getEnvironment().getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment",
						Map.of("CORS_ALLOWED_ORIGINS", "https://a.example.com,https://b.example.com"))))
			.run((context) -> assertThat(defaultPolicy(context.getBean(CorsMappings.class)).describe())
				.containsEntry("allowed-origins", List.of("https://a.example.com", "https://b.example.com")));
	}

	@Test
	void anEmptyPlaceholderMeansNoValuesButABlankEntryInAListIsAnError() {
		this.runner.withPropertyValues("cors.allowed-origin-regexes[0]=${ALLOW_ORIGINS_REGEX:}")
			.run((context) -> assertThat(defaultPolicy(context.getBean(CorsMappings.class)).describe())
				.containsEntry("allowed-origin-regexes", List.of()));
		this.runner.withPropertyValues("cors.allowed-origins=https://a.example.com,,https://b.example.com")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(identified(analysis))
					.containsExactly(problem("cors.allowed-origins[1]", "", PolicyProblem.Kind.ORIGIN_EMPTY));
			});
	}

	@Test
	void bareMaxAgeMeansSeconds() {
		this.runner.withPropertyValues("cors.max-age=3600")
			.run((context) -> assertThat(defaultPolicy(context.getBean(CorsMappings.class)).describe())
				.containsEntry("max-age", 3600L));
	}

	@Test
	void maxAgeDefaultsToThirtyMinutes() {
		this.runner.run((context) -> assertThat(defaultPolicy(context.getBean(CorsMappings.class)).describe())
			.containsEntry("max-age", 1800L)
			.containsEntry("allowed-methods", List.of("GET", "HEAD", "POST"))
			.containsEntry("allow-credentials", false));
	}

	@Test
	void mappingsInheritUnsetValuesFromTheTopLevel() {
		this.runner
			.withPropertyValues("cors.allow-credentials=true", "cors.allowed-headers=Authorization",
					"cors.mappings[0].path-patterns=/api/admin/**", "cors.mappings[0].allowed-methods=GET,DELETE",
					"cors.mappings[0].name=admin")
			.run((context) -> {
				CorsMapping admin = context.getBean(CorsMappings.class).all().get(0);
				assertThat(admin.name()).isEqualTo("admin");
				assertThat(admin.propertyPrefix()).isEqualTo("cors.mappings[0].");
				assertThat(admin.policy().describe()).containsEntry("allowed-methods", List.of("GET", "DELETE"))
					.containsEntry("allowed-origins", List.of("https://app.example.com"))
					.containsEntry("allowed-headers", List.of("authorization"))
					.containsEntry("allow-credentials", true);
			});
	}

	@Test
	void aMappingThatAllowsAnyOriginInheritsNoPatternOrRegex() {
		this.runner
			.withPropertyValues("cors.allowed-origin-patterns=https://*.preview.example.com",
					"cors.allowed-origin-regexes=https://pr-[0-9]+\\.example\\.com", "cors.mappings[0].name=public",
					"cors.mappings[0].path-patterns=/public/**", "cors.mappings[0].allowed-origins=*",
					"cors.mappings[1].name=partners", "cors.mappings[1].path-patterns=/partners/**",
					"cors.mappings[1].allowed-origins=https://partner.example.org")
			.run((context) -> {
				List<CorsMapping> mappings = context.getBean(CorsMappings.class).all();
				Map<String, Object> open = mappings.get(0).policy().describe();
				assertThat(open).containsEntry("allowed-origins", List.of("*"));
				assertThat((List<?>) open.getOrDefault("allowed-origin-patterns", List.of())).isEmpty();
				assertThat((List<?>) open.getOrDefault("allowed-origin-regexes", List.of())).isEmpty();
				// a mapping with origins of its own still inherits the top level's patterns and regexes
				assertThat(mappings.get(1).policy().describe())
					.containsEntry("allowed-origin-patterns", List.of("https://*.preview.example.com"))
					.containsEntry("allowed-origin-regexes", List.of("https://pr-[0-9]+\\.example\\.com"));
			});
	}

	@Test
	void disabledMappingHasNoPolicy() {
		this.runner.withPropertyValues("cors.mappings[0].path-patterns=/internal/**", "cors.mappings[0].enabled=false")
			.run((context) -> assertThat(context.getBean(CorsMappings.class).all().get(0).isEnabled()).isFalse());
	}

	@Test
	void startsWithoutOriginsAndWarnsOnceWhichPropertyToSet(CapturedOutput output) {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).containsOnlyOnce("every cross-origin request is rejected")
					.contains("WARN", "cors.allowed-origins is empty");
			});
	}

	@Test
	void logsOneLineSummarisingTheEffectivePolicy(CapturedOutput output) {
		this.runner.run((context) -> assertThat(output).containsOnlyOnce("CORS policy: default other paths")
			.contains("allowed-origins=[https://app.example.com]"));
	}

	@Test
	void theStartUpLineSummarisesLargeListsAndPointsToTheEndpoint(CapturedOutput output) {
		this.runner.withConfiguration(AutoConfigurations.of(CorsPolicyEndpointAutoConfiguration.class))
			.withPropertyValues("cors.allowed-origins=" + origins(10_000), "management.endpoints.web.exposure.include=cors")
			.run((context) -> {
				assertThat(context).hasSingleBean(CorsEndpoint.class);
				assertThat(policyLine(output)).hasSizeLessThan(1_000)
					.contains("allowed-origins=10000 [https://app0.example.com, https://app1.example.com, ")
					.contains("https://app4.example.com, (+9995 more)]")
					.doesNotContain("https://app5.example.com")
					.endsWith("; full policy: /actuator/cors");
			});
	}

	@Test
	void withoutTheEndpointTheStartUpLineGivesTheCountsOnly(CapturedOutput output) {
		this.runner.withPropertyValues("cors.allowed-origins=" + origins(10_000))
			.run((context) -> assertThat(policyLine(output)).hasSizeLessThan(1_000)
				.contains("allowed-origins=10000 [", "(+9995 more)]")
				.doesNotContain("/actuator/cors"));
	}

	@Test
	void invalidConfigurationFailsWithEveryProblemByPropertyKey() {
		this.runner
			.withPropertyValues("cors.allowed-origins=https://app.example.com,https://app.com/,app.example.org",
					"cors.allowed-methods=get", "cors.mappings[0].path-patterns=/api/**",
					"cors.mappings[0].allowed-origin-patterns=https://*.com", "cors.mappings[0].allow-credentials=true",
					"cors.mappings[0].max-age=-5")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(identified(analysis)).containsExactlyInAnyOrder(
						problem("cors.allowed-origins[1]", "https://app.com/",
								PolicyProblem.Kind.ORIGIN_TRAILING_SLASH),
						problem("cors.allowed-origins[2]", "app.example.org", PolicyProblem.Kind.ORIGIN_NO_SCHEME),
						problem("cors.allowed-methods[0]", "get", PolicyProblem.Kind.METHOD_LOWER_CASE),
						problem("cors.mappings[0].allowed-origin-patterns[0]", "https://*.com",
								PolicyProblem.Kind.PUBLIC_SUFFIX_ORIGINS),
						problem("cors.mappings[0].max-age", "-5s", PolicyProblem.Kind.MAX_AGE_NEGATIVE));
				// the report's layout: a count, then property, value and problem of each; a fix per property
				String nl = System.lineSeparator();
				assertThat(analysis.getDescription()).startsWith("The CORS configuration has 5 problems:" + nl)
					.contains(nl + "    Property: cors.allowed-origins[1]" + nl + "    Value: 'https://app.com/'" + nl
							+ "    Problem: it " + at(analysis, "cors.allowed-origins[1]").problem() + nl)
					.contains(nl + "    Property: cors.mappings[0].max-age" + nl + "    Value: '-5s'" + nl);
				assertThat(analysis.getAction()).startsWith("Update your application's configuration:" + nl)
					.contains(nl + "    cors.allowed-origins[1]: write 'https://app.com'" + nl)
					.contains(nl + "    cors.allowed-origins[2]: write 'https://app.example.org'")
					.contains(nl + "    cors.allowed-methods[0]: write 'GET'" + nl);
			});
	}

	@Test
	void credentialsWithAnyOriginFailsNamingBothProperties() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class))
			.withPropertyValues("cors.allowed-origins=*", "cors.allow-credentials=true")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(identified(analysis)).containsExactly(
						problem("cors.allowed-origins[0]", "*", PolicyProblem.Kind.ANY_ORIGIN_WITH_CREDENTIALS));
				assertThat(at(analysis, "cors.allowed-origins[0]").problem()).isEqualTo("allows any origin together"
						+ " with cors.allow-credentials=true: browsers refuse that, and reflecting every origin instead"
						+ " would let any site act as the signed-in user");
			});
	}

	@Test
	void credentialsWithARegexMatchingEverySiteFailNamingThePropertyAndTheFix() {
		this.runner.withPropertyValues("cors.allowed-origin-regexes=https?://.*", "cors.allow-credentials=true")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(identified(analysis)).containsExactly(
						problem("cors.allowed-origin-regexes[0]", "https?://.*", PolicyProblem.Kind.BROAD_REGEX));
				ConfigurationProblem problem = at(analysis, "cors.allowed-origin-regexes[0]");
				assertThat(problem.problem()).isEqualTo("matches origins of unrelated sites such as"
						+ " https://evil.example; with cors.allow-credentials=true each of those sites can act as the"
						+ " signed-in user");
				assertThat(problem.fix())
					.isEqualTo("anchor the host to your own domain, e.g. https://[a-z0-9-]+\\.example\\.com");
			});
	}

	@Test
	void credentialsWithAPatternOverAPrivatePublicSuffixFailUnlessAMappingOptsIn() {
		this.runner
			.withPropertyValues("cors.allowed-origin-patterns=https://*.s3.amazonaws.com", "cors.allow-credentials=true",
					"cors.mappings[0].path-patterns=/assets/**", "cors.mappings[0].dangerously-allow-public-suffix-origins=true")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(identified(analysis)).containsExactly(problem("cors.allowed-origin-patterns[0]",
						"https://*.s3.amazonaws.com", PolicyProblem.Kind.PUBLIC_SUFFIX_ORIGINS));
				assertThat(at(analysis, "cors.allowed-origin-patterns[0]").fix()).isEqualTo("list your own sites'"
						+ " exact origins, such as https://myapp.s3.amazonaws.com, or use an origin regex that matches"
						+ " only your project's names; if your organisation operates 's3.amazonaws.com' itself (it is"
						+ " in the private section of the Public Suffix List), set"
						+ " cors.dangerously-allow-public-suffix-origins=true");
			});
	}

	@Test
	void portListsSurviveCommaSplitting() {
		this.runner.withPropertyValues("cors.allowed-origin-patterns=https://*.example.com,http://localhost:[3000,5173]")
			.run((context) -> assertThat(defaultPolicy(context.getBean(CorsMappings.class)).describe())
				.containsEntry("allowed-origin-patterns", List.of("https://*.example.com", "http://localhost:[3000,5173]")));
	}

	@Test
	void placeholderThatDidNotResolveNamesTheVariable() {
		this.runner.withPropertyValues("cors.allowed-origins=${FRONTEND_ORIGINS_NOT_SET_ANYWHERE}").run((context) -> {
			FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(identified(analysis)).containsExactly(problem("cors.allowed-origins[0]",
					"${FRONTEND_ORIGINS_NOT_SET_ANYWHERE}", ConfigurationProblem.Kind.UNRESOLVED_PLACEHOLDER));
			ConfigurationProblem problem = at(analysis, "cors.allowed-origins[0]");
			assertThat(problem.problem())
				.isEqualTo("is a placeholder that did not resolve: FRONTEND_ORIGINS_NOT_SET_ANYWHERE is not set");
			assertThat(problem.fix()).isEqualTo("set FRONTEND_ORIGINS_NOT_SET_ANYWHERE (an environment variable or a"
					+ " property), or give a default: ${FRONTEND_ORIGINS_NOT_SET_ANYWHERE:}");
		});
	}

	@Test
	void fixForAMappingNamesTheMappingsOwnProperty() {
		this.runner
			.withPropertyValues("cors.allow-credentials=true", "cors.mappings[0].path-patterns=/public/**",
					"cors.mappings[0].allowed-origins=*")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(identified(analysis)).containsExactly(problem("cors.mappings[0].allowed-origins[0]", "*",
						PolicyProblem.Kind.ANY_ORIGIN_WITH_CREDENTIALS));
				ConfigurationProblem problem = at(analysis, "cors.mappings[0].allowed-origins[0]");
				assertThat(problem.problem()).as("where the value is set").isEqualTo("allows any origin together with"
						+ " cors.allow-credentials=true: browsers refuse that, and reflecting every origin instead"
						+ " would let any site act as the signed-in user");
				assertThat(problem.fix()).as("what to write in the mapping").isEqualTo("list your front-end origins,"
						+ " or set cors.mappings[0].allow-credentials=false for a public API");
			});
	}

	@Test
	void mappingWithoutPathPatternsFails() {
		this.runner.withPropertyValues("cors.mappings[0].allowed-origins=https://x.example.com")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(identified(analysis)).containsExactly(
						problem("cors.mappings[0].path-patterns", "", ConfigurationProblem.Kind.NO_PATH_PATTERNS));
			});
	}

	private static String origins(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> "https://app" + i + ".example.com")
			.collect(Collectors.joining(","));
	}

	private static String policyLine(CapturedOutput output) {
		return output.getOut().lines().filter((line) -> line.contains("CORS policy: ")).findFirst().orElseThrow();
	}

	private static CorsPolicy defaultPolicy(CorsMappings mappings) {
		List<CorsMapping> all = mappings.all();
		return all.get(all.size() - 1).policy();
	}

}
