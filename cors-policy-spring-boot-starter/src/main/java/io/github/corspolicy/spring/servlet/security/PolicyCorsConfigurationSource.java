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
package io.github.corspolicy.spring.servlet.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.security.PolicyCorsConfigurations;
import io.github.corspolicy.spring.servlet.ServletCorsMappings;
import io.github.corspolicy.spring.servlet.ServletCorsRequests;

/**
 * The policy as a {@link CorsConfigurationSource}, so that {@code http.cors(withDefaults())} and
 * anything else that asks Spring's CORS machinery decides as the filter does. The policy decides;
 * the configuration returned only spells that decision out for the request at hand: the origin
 * and method it allowed, or no origin when it rejected a preflight. An actual request from an
 * origin that is not allowed gets no configuration, so it passes through as it does through the
 * filter.
 */
public final class PolicyCorsConfigurationSource implements CorsConfigurationSource {

	private final ServletCorsMappings mappings;

	/** A source for an application whose only {@code DispatcherServlet} is Spring Boot's. */
	public PolicyCorsConfigurationSource(CorsMappings mappings) {
		this(ServletCorsMappings.of(mappings));
	}

	public PolicyCorsConfigurationSource(ServletCorsMappings mappings) {
		this.mappings = mappings;
	}

	@Override
	public @Nullable CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		CorsRequest corsRequest = ServletCorsRequests.from(request);
		return PolicyCorsConfigurations.of(this.mappings.resolve(request).evaluate(corsRequest), corsRequest);
	}

}
