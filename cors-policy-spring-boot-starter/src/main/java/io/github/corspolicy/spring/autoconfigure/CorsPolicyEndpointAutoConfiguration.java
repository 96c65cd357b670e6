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

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.corspolicy.spring.actuate.CorsEndpoint;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The {@code cors} actuator endpoint, when Actuator is present. Like every endpoint, it is reachable
 * over HTTP only when {@code management.endpoints.web.exposure.include} names it.
 */
@AutoConfiguration(after = CorsPolicyAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(CorsMappings.class)
@ConditionalOnAvailableEndpoint(CorsEndpoint.class)
public final class CorsPolicyEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsEndpoint corsEndpoint(LiveCorsMappings mappings, ObjectProvider<LiveCorsRefresher> refresher) {
		return new CorsEndpoint(mappings, refresher.getIfAvailable());
	}

}
