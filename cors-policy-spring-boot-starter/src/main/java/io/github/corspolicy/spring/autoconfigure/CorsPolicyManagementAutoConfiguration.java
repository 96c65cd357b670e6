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

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The policy on Actuator's endpoints: the mappings of the management server's own port, which its
 * child context's filter reads (see the servlet and reactive {@code ManagementContextConfiguration}s),
 * and the start-up warnings about Spring Boot's {@code management.endpoints.web.cors.*} settings.
 */
@AutoConfiguration(after = CorsPolicyAutoConfiguration.class)
@ConditionalOnWebApplication
@ConditionalOnClass(ManagementPortType.class)
@Conditional(OnCorsEnabledCondition.class)
@ConditionalOnBean(LiveCorsMappings.class)
public final class CorsPolicyManagementAutoConfiguration {

	@Bean
	static ManagementCorsSettingsCheck corsManagementSettingsCheck(ConfigurableEnvironment environment,
			CorsMappings mappings, CorsPolicyProperties properties) {
		return new ManagementCorsSettingsCheck(environment, mappings, properties.getManagement().getMapping(),
				ManagementPortType.get(environment) == ManagementPortType.DIFFERENT);
	}

	/** The mappings of the management server's own port. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
	static class OwnPortConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ManagementCorsMappings corsPolicyManagementMappings(LiveCorsMappings mappings,
				CorsPolicyProperties properties) {
			return new ManagementCorsMappings(mappings, properties.getManagement().getMapping());
		}

	}

}
