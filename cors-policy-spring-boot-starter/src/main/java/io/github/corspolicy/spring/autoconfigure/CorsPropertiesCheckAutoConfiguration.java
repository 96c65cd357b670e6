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
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks that every {@code cors.*} key names a property. Unlike the policy, the check applies when
 * {@code cors.enabled=false} too: {@code cors.enabeld=false} must not pass silently either.
 */
@AutoConfiguration(before = CorsPolicyAutoConfiguration.class)
@ConditionalOnWebApplication
public final class CorsPropertiesCheckAutoConfiguration {

	@Bean
	static UnknownPropertiesCheck corsUnknownPropertiesCheck(ConfigurableEnvironment environment) {
		return new UnknownPropertiesCheck(environment, KnownProperties.cors());
	}

}
