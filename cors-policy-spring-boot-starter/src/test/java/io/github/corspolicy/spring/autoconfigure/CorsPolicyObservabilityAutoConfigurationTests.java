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

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import io.github.corspolicy.spring.actuate.CorsEndpoint;
import io.github.corspolicy.spring.metrics.CorsRequestMetrics;

import static org.assertj.core.api.Assertions.assertThat;

class CorsPolicyObservabilityAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class,
				CorsPolicyMetricsAutoConfiguration.class, CorsPolicyEndpointAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com");

	@Test
	void countsRequestsWhenAMeterRegistryIsPresent() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			assertThat(context).hasSingleBean(CorsRequestMetrics.class);
			assertThat(context.getBean(MeterRegistry.class).find("cors.requests").meters()).hasSize(12);
		});
	}

	@Test
	void noMetricsWithoutARegistryOrWithoutMicrometer() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(CorsRequestMetrics.class));
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CorsRequestMetrics.class));
	}

	@Test
	void endpointIsAvailableWhenActuatorIsPresentAndExposed() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=cors")
			.run((context) -> assertThat(context).hasSingleBean(CorsEndpoint.class));
	}

	@Test
	void endpointCanBeSwitchedOff() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=cors",
				"management.endpoint.cors.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(CorsEndpoint.class));
	}

	@Test
	void nothingWhenCorsIsDisabled() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("cors.enabled=false", "management.endpoints.web.exposure.include=cors")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CorsRequestMetrics.class);
				assertThat(context).doesNotHaveBean(CorsEndpoint.class);
			});
	}

}
