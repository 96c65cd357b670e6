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

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.github.corspolicy.spring.actuate.CorsPolicyHealthIndicator;
import io.github.corspolicy.spring.live.CorsOriginSource;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.live.LiveCorsRefresher;

/**
 * Live origins: the refresher of the snapshot that the filters read (the {@link LiveCorsMappings}
 * bean of {@link CorsPolicyAutoConfiguration}). It reads every {@link CorsOriginSource} bean and
 * the {@code cors.*} properties off the request path (one daemon thread, closed with the context). Properties refresh on {@code POST /actuator/cors}
 * and, with spring-cloud-context, on its environment change and refresh events. Without any source,
 * endpoint or Spring Cloud nothing can refresh: the mappings are then fixed, and the filters
 * resolve as without this configuration. Mappings the application defines itself are never
 * refreshed: this configuration backs off.
 */
@AutoConfiguration(after = CorsPolicyAutoConfiguration.class)
@ConditionalOnWebApplication
@Conditional(OnCorsEnabledCondition.class)
@ConditionalOnBean(name = CorsPolicyAutoConfiguration.MAPPINGS_BEAN)
public final class CorsPolicyLiveAutoConfiguration {

	static final String CLOUD_EVENT = "org.springframework.cloud.context.environment.EnvironmentChangeEvent";

	@Bean
	@ConditionalOnMissingBean
	static LiveCorsRefresher corsPolicyRefresher(LiveCorsMappings mappings, Environment environment,
			ObjectProvider<CorsOriginSource> sources) {
		List<CorsOriginSource> all = sources.orderedStream().toList();
		LiveCorsRefresher refresher = new LiveCorsRefresher(mappings, new LiveMappingsBuilder(environment), all,
				Clock.systemUTC());
		refresher.start();
		return refresher;
	}

	/** The {@code corsPolicy} health indicator, with Actuator. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
	static class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "corsPolicyHealthIndicator")
		CorsPolicyHealthIndicator corsPolicyHealthIndicator(LiveCorsRefresher refresher,
				CorsPolicyProperties properties) {
			return new CorsPolicyHealthIndicator(refresher, properties.getSources().getMaxStaleness(),
					Clock.systemUTC());
		}

	}

	/** Properties refresh on Spring Cloud's events, with spring-cloud-context. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = CLOUD_EVENT)
	static class CloudConfiguration {

		@Bean
		CloudPropertiesRefresh corsPolicyCloudPropertiesRefresh(LiveCorsRefresher refresher) {
			return new CloudPropertiesRefresh(refresher);
		}

	}

}
