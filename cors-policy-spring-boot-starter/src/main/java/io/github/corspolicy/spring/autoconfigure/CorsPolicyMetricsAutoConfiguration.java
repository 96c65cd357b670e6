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
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.metrics.CorsRequestMetrics;
import io.github.corspolicy.spring.metrics.LiveCorsMetrics;

/**
 * Counts CORS decisions in the {@code cors.requests} meter, and the live policy's refreshes, age and
 * entries ({@code cors.policy.*}), when Micrometer is present.
 */
@AutoConfiguration(after = { CorsPolicyAutoConfiguration.class, CorsPolicyLiveAutoConfiguration.class },
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ CorsMappings.class, MeterRegistry.class })
public final class CorsPolicyMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsRequestMetrics corsRequestMetrics(CorsMappings mappings, MeterRegistry registry) {
		return new CorsRequestMetrics(mappings, registry);
	}

	/** The meters of the live policy, with its refresher. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(LiveCorsRefresher.class)
	static class LiveMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LiveCorsMetrics corsPolicyLiveMetrics(LiveCorsRefresher refresher, LiveCorsMappings mappings,
				MeterRegistry registry) {
			LiveCorsMetrics metrics = new LiveCorsMetrics(refresher, mappings.mappings(), registry);
			refresher.addListener(metrics);
			return metrics;
		}

	}

}
