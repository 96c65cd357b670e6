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
package io.github.corspolicy.sample.frontend;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import io.github.corspolicy.sample.frontend.FrontEndConfiguration.FrontEndLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switches of the page, as both samples bind them: {@code sample.front-end.enabled},
 * {@code sample.front-end.port} and {@code sample.demo-token}.
 */
class FrontEndConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SampleConfiguration.class, FrontEndConfiguration.class);

	@Test
	void servesThePageUnlessDisabled() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(FrontEndLifecycle.class));
		this.runner.withPropertyValues("sample.front-end.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(FrontEndLifecycle.class));
		this.runner.withPropertyValues("sample.front-end.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(FrontEndLifecycle.class));
	}

	@Test
	void defaultsArePort3000AndTheDemoToken() {
		this.runner.run((context) -> {
			SampleProperties properties = context.getBean(SampleProperties.class);
			assertThat(properties.getFrontEnd().getPort()).isEqualTo(3000);
			assertThat(properties.getDemoToken()).isEqualTo("demo-token");
		});
	}

	@Test
	void bindsThePortAndTheTokenFromTheCommandLineNames() {
		this.runner.withPropertyValues("sample.front-end.port=4000", "sample.demo-token=another-token").run((context) -> {
			SampleProperties properties = context.getBean(SampleProperties.class);
			assertThat(properties.getFrontEnd().getPort()).isEqualTo(4000);
			assertThat(properties.getDemoToken()).isEqualTo("another-token");
		});
	}

	@Test
	void aPortThatIsNotANumberFailsTheStartNamingThePropertyAndTheValue() {
		this.runner.withPropertyValues("sample.front-end.port=three-thousand").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasCauseInstanceOf(BindException.class);
			ConfigurationProperty property = ((BindException) context.getStartupFailure().getCause()).getProperty();
			assertThat(property).isNotNull();
			assertThat(property.getName()).hasToString("sample.front-end.port");
			assertThat(property.getValue()).isEqualTo("three-thousand");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SampleProperties.class)
	static class SampleConfiguration {

	}

}
