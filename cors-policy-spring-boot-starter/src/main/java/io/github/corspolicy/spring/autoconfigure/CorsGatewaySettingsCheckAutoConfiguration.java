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

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * Checks Spring Cloud Gateway's CORS properties against the policy (see
 * {@link GatewayCorsSettingsCheck}); by property name only, so it needs no Gateway class and
 * costs one pass over the property names where there is no gateway.
 */
@AutoConfiguration(after = CorsPolicyAutoConfiguration.class)
@ConditionalOnWebApplication
@ConditionalOnBean(CorsMappings.class)
public final class CorsGatewaySettingsCheckAutoConfiguration {

	@Bean
	static GatewayCorsSettingsCheck corsGatewaySettingsCheck(ConfigurableEnvironment environment,
			CorsMappings mappings) {
		return new GatewayCorsSettingsCheck(environment, mappings);
	}

}
