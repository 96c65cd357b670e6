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
package io.github.corspolicy.spring;

import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.spring.archfixture.HelperQuotingWithTheCoresInternals;
import io.github.corspolicy.spring.archfixture.NeutralHelperReadingAnExchange;
import io.github.corspolicy.spring.archfixture.NeutralHelperUsingUrlPathHelper;
import io.github.corspolicy.spring.archfixture.NeutralListenerReadingAServletRequest;
import io.github.corspolicy.spring.archfixture.NeutralResolverOfAPathContainer;
import io.github.corspolicy.spring.archfixture.NeutralSourceImplementingTheServletCorsSource;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layers of the starter: the stack-neutral packages (mappings, listeners, metrics, endpoint,
 * auto-configuration, failure analysis) use no servlet and no reactive type, so that both web stacks
 * get them; only the servlet adapter ({@code ..spring.servlet..}, {@code ..autoconfigure.servlet..})
 * and the reactive one ({@code ..spring.reactive..}, {@code ..autoconfigure.reactive..}) touch their
 * stack, and neither touches the other's. Nothing outside the core uses {@code ..core.internal..}.
 * Each rule is also shown to catch a class that breaks it.
 */
@AnalyzeClasses(packages = "io.github.corspolicy", importOptions = ImportOption.DoNotIncludeTests.class)
class StarterArchitectureTests {

	private static final String STARTER = "io.github.corspolicy.spring..";

	private static final String[] SERVLET_ADAPTER = { "io.github.corspolicy.spring.servlet..",
			"io.github.corspolicy.spring.autoconfigure.servlet.." };

	private static final String[] REACTIVE_ADAPTER = { "io.github.corspolicy.spring.reactive..",
			"io.github.corspolicy.spring.autoconfigure.reactive.." };

	/** The servlet API, and the Spring types that exist for servlet applications only. */
	static final DescribedPredicate<JavaClass> SERVLET_TYPES = resideInAnyPackage("jakarta.servlet..",
			"javax.servlet..", "org.springframework.web.servlet..", "org.springframework.boot.web.servlet..",
			"org.springframework.boot.servlet..", "org.springframework.boot.webmvc..",
			"org.springframework.boot.tomcat..", "org.springframework.web.filter..",
			"org.springframework.web.context.request..", "org.springframework.web.context.support..",
			"org.springframework.mock.web..", "org.springframework.security.config.annotation.web..")
		.or(resideInAnyPackage("org.springframework.security.web..")
			.and(DescribedPredicate.not(resideInAnyPackage("org.springframework.security.web.server.."))))
		.or(belongToAnyOf(org.springframework.web.cors.CorsConfigurationSource.class,
				org.springframework.web.cors.UrlBasedCorsConfigurationSource.class,
				org.springframework.web.cors.CorsUtils.class, org.springframework.web.cors.CorsProcessor.class,
				org.springframework.web.cors.DefaultCorsProcessor.class,
				org.springframework.web.util.UrlPathHelper.class,
				org.springframework.web.util.ServletRequestPathUtils.class, org.springframework.web.util.WebUtils.class,
				org.springframework.http.server.ServletServerHttpRequest.class,
				org.springframework.http.server.ServletServerHttpResponse.class))
		.as("servlet types");

	/** Reactor, the reactive web API and the Spring types that exist for reactive applications only. */
	static final DescribedPredicate<JavaClass> REACTIVE_TYPES = resideInAnyPackage("reactor..", "io.netty..",
			"org.springframework.web.server..", "org.springframework.web.reactive..",
			"org.springframework.web.cors.reactive..", "org.springframework.http.server.reactive..",
			"org.springframework.boot.webflux..", "org.springframework.boot.reactor..",
			"org.springframework.security.web.server..", "org.springframework.security.config.web.server..")
		.as("reactive types");

	@ArchTest
	static final ArchRule theNeutralLayerUsesNoServletType = noClasses().that()
		.resideInAPackage(STARTER)
		.and()
		.resideOutsideOfPackages(SERVLET_ADAPTER)
		.and()
		.resideOutsideOfPackages(REACTIVE_ADAPTER)
		.should()
		.dependOnClassesThat(SERVLET_TYPES)
		.because("mappings, listeners, metrics, the endpoint and failure analysis serve reactive applications too");

	@ArchTest
	static final ArchRule theNeutralLayerUsesNoReactiveType = noClasses().that()
		.resideInAPackage(STARTER)
		.and()
		.resideOutsideOfPackages(SERVLET_ADAPTER)
		.and()
		.resideOutsideOfPackages(REACTIVE_ADAPTER)
		.should()
		.dependOnClassesThat(REACTIVE_TYPES)
		.because("mappings, listeners, metrics, the endpoint and failure analysis serve servlet applications too");

	@ArchTest
	static final ArchRule theServletAdapterUsesNoReactiveType = noClasses().that()
		.resideInAnyPackage(SERVLET_ADAPTER)
		.should()
		.dependOnClassesThat(REACTIVE_TYPES)
		.because("a servlet application need not have Reactor or Spring WebFlux");

	@ArchTest
	static final ArchRule theReactiveAdapterUsesNoServletType = noClasses().that()
		.resideInAnyPackage(REACTIVE_ADAPTER)
		.should()
		.dependOnClassesThat(SERVLET_TYPES)
		.because("a reactive application need not have the servlet API");

	@ArchTest
	static final ArchRule nothingOutsideTheCoreUsesItsInternals = noClasses().that()
		.resideOutsideOfPackage("io.github.corspolicy.core..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.github.corspolicy.core.internal..")
		.because("the core's internals may change in any release; the starter uses its public API");

	static Stream<Arguments> classesAndTheRulesTheyBreak() {
		return Stream.of(
				Arguments.argumentSet("a neutral listener reading an HttpServletRequest",
						NeutralListenerReadingAServletRequest.class, theNeutralLayerUsesNoServletType, true),
				Arguments.argumentSet("a neutral helper using UrlPathHelper", NeutralHelperUsingUrlPathHelper.class,
						theNeutralLayerUsesNoServletType, true),
				Arguments.argumentSet("a neutral class implementing the servlet CorsConfigurationSource",
						NeutralSourceImplementingTheServletCorsSource.class, theNeutralLayerUsesNoServletType, true),
				Arguments.argumentSet("a neutral helper reading a ServerWebExchange",
						NeutralHelperReadingAnExchange.class, theNeutralLayerUsesNoReactiveType, true),
				Arguments.argumentSet("a helper quoting with the core's LogSafe",
						HelperQuotingWithTheCoresInternals.class, nothingOutsideTheCoreUsesItsInternals, true),
				Arguments.argumentSet("PathContainer, path patterns and CorsConfiguration are neutral (servlet rule)",
						NeutralResolverOfAPathContainer.class, theNeutralLayerUsesNoServletType, false),
				Arguments.argumentSet("PathContainer, path patterns and CorsConfiguration are neutral (reactive rule)",
						NeutralResolverOfAPathContainer.class, theNeutralLayerUsesNoReactiveType, false),
				Arguments.argumentSet("LogSafe is the core's public API",
						NeutralResolverOfAPathContainer.class, nothingOutsideTheCoreUsesItsInternals, false));
	}

	@ParameterizedTest
	@MethodSource("classesAndTheRulesTheyBreak")
	void eachRuleCatchesAClassThatBreaksItAndOnlyThat(Class<?> fixture, ArchRule rule, boolean violation) {
		EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(fixture));
		assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isEqualTo(violation);
		if (violation) {
			assertThat(result.getFailureReport().getDetails()).allMatch((line) -> line.contains(fixture.getName()));
		}
	}

}
