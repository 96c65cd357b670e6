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
package io.github.corspolicy.sample.gateway.ratelimit;

import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.corspolicy.sample.gateway.SampleGatewayProperties;

/**
 * The {@code RateLimiter} and {@code KeyResolver} that Gateway's {@code RequestRateLimiter} filter
 * uses by default; with both beans present, Gateway registers the filter's factory.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	FixedWindowRateLimiter fixedWindowRateLimiter(SampleGatewayProperties properties,
			ConfigurationService configurationService) {
		return new FixedWindowRateLimiter(properties.getRateLimit(), configurationService, System::nanoTime);
	}

	@Bean
	ClientAddressKeyResolver clientAddressKeyResolver() {
		return new ClientAddressKeyResolver();
	}

}
