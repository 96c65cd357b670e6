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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;

import io.github.corspolicy.spring.autoconfigure.reactive.CorsPolicyReactiveAutoConfiguration;
import io.github.corspolicy.spring.autoconfigure.servlet.CorsPolicyServletAutoConfiguration;
import io.github.corspolicy.spring.reactive.CorsPolicyWebFilter;
import io.github.corspolicy.spring.reactive.security.ReactivePolicyCorsConfigurationSource;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CorsPolicyReactiveAutoConfigurationTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class,
				CorsPolicyReactiveAutoConfiguration.class, CorsPolicyServletAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com");

	@Test
	void definesTheWebFilterBeforeSpringSecurityAndTheReactiveSource() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(CorsPolicyWebFilter.class);
			assertThat(context.getBean("corsPolicyWebFilter", CorsPolicyWebFilter.class).getOrder())
				.isEqualTo(Integer.MIN_VALUE + 10)
				.isLessThan(-100);
			assertThat(context.getBean("corsConfigurationSource"))
				.isInstanceOf(ReactivePolicyCorsConfigurationSource.class);
			assertThat(context).doesNotHaveBean("corsPolicyFilterRegistration");
		});
	}

	@Test
	void filterOrderCanBeChanged() {
		this.runner.withPropertyValues("cors.filter-order=-200")
			.run((context) -> assertThat(context.getBean(CorsPolicyWebFilter.class).getOrder()).isEqualTo(-200));
	}

	@Test
	void worksWithTheServletApiHidden() {
		this.runner.withClassLoader(new FilteredClassLoader("jakarta.servlet.")).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(CorsPolicyWebFilter.class);
			assertThat(context).hasSingleBean(ReactivePolicyCorsConfigurationSource.class);
		});
	}

	@Test
	void notInAServletApplication() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class,
					CorsPolicyReactiveAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(WebFilter.class)
				.doesNotHaveBean(CorsConfigurationSource.class));
	}

	@Test
	void disablingRemovesTheFilterAndTheSource() {
		this.runner.withPropertyValues("cors.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CorsPolicyWebFilter.class)
				.doesNotHaveBean(CorsConfigurationSource.class));
	}

	@Test
	void backsOffWhenTheUserDefinesAReactiveCorsConfigurationSourceOrTheFilter() {
		UrlBasedCorsConfigurationSource own = new UrlBasedCorsConfigurationSource();
		this.runner.withBean("myCors", CorsConfigurationSource.class, () -> own)
			.run((context) -> assertThat(context.getBean(CorsConfigurationSource.class)).isSameAs(own));
		WebFilter ownFilter = (exchange, chain) -> chain.filter(exchange);
		this.runner.withBean("corsPolicyWebFilter", WebFilter.class, () -> ownFilter)
			.run((context) -> assertThat(context.getBean("corsPolicyWebFilter")).isSameAs(ownFilter));
	}

	@Test
	void warnsWhenTwoReactiveSourcesMakeServerHttpSecurityCorsApplyNone(CapturedOutput output) {
		this.runner.withBean("first", CorsConfigurationSource.class, UrlBasedCorsConfigurationSource::new)
			.withBean("second", CorsConfigurationSource.class, UrlBasedCorsConfigurationSource::new)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).containsOnlyOnce("2 beans implement "
						+ "org.springframework.web.cors.reactive.CorsConfigurationSource [first, second]")
					.contains("ServerHttpSecurity.cors() then applies none of them", "spring-security#9231");
			});
	}

	@Test
	void noWarningWithOneSource(CapturedOutput output) {
		this.runner.run((context) -> assertThat(output).doesNotContain("beans implement"));
	}

	@Test
	void filterOrderAtOrAfterSpringSecuritysReactiveChainFailsNamingTheProperty() {
		this.runner.withUserConfiguration(ReactiveSecurity.class).withPropertyValues("cors.filter-order=-100")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidCorsConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("Property: cors.filter-order", "Value: '-100'",
						"Spring Security's reactive filter chain", "order -100", "401 without CORS headers");
				assertThat(analysis.getAction()).contains("write a value below -100");
			});
		this.runner.withUserConfiguration(ReactiveSecurity.class).withPropertyValues("cors.filter-order=-101")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(CorsPolicyWebFilter.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFluxSecurity
	static class ReactiveSecurity {

		@Bean
		MapReactiveUserDetailsService users() {
			return new MapReactiveUserDetailsService(User.withUsername("u").password("{noop}p").roles("USER").build());
		}

	}

}
