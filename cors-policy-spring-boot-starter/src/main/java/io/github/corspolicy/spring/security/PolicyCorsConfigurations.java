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
package io.github.corspolicy.spring.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsConfiguration;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRequest;

/**
 * A decision spelled out as Spring's {@link CorsConfiguration}, for the servlet and the reactive
 * {@code CorsConfigurationSource}: the origin and method it allowed, or no origin when it rejected a
 * preflight. An actual request from an origin that is not allowed gets no configuration, so it
 * passes through Spring's CORS processing as it does through the filter.
 */
public final class PolicyCorsConfigurations {

	private PolicyCorsConfigurations() {
	}

	/**
	 * The configuration that makes Spring decide as the policy did.
	 * @param decision the policy's decision, or {@code null} when CORS is off on the path
	 * @param request the request decided
	 */
	public static @Nullable CorsConfiguration of(@Nullable CorsDecision decision, CorsRequest request) {
		if (decision == null) {
			return null;
		}
		return switch (decision.outcome()) {
			case NOT_CORS, ACTUAL_ORIGIN_NOT_ALLOWED -> null;
			case PREFLIGHT_REJECTED -> new CorsConfiguration();
			case PREFLIGHT_ACCEPTED, ACTUAL_ACCEPTED -> configuration(decision.headers(request), decision.isPreflight());
		};
	}

	private static CorsConfiguration configuration(Map<String, String> headers, boolean preflight) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(List.of(headers.get("Access-Control-Allow-Origin")));
		configuration.setAllowCredentials(headers.containsKey("Access-Control-Allow-Credentials"));
		configuration.setExposedHeaders(split(headers.get("Access-Control-Expose-Headers")));
		configuration.setAllowPrivateNetwork(headers.containsKey("Access-Control-Allow-Private-Network"));
		// an actual request from an allowed origin is not checked further by the policy
		configuration.setAllowedMethods(preflight ? split(headers.get("Access-Control-Allow-Methods")) : List.of("*"));
		configuration.setAllowedHeaders(preflight ? split(headers.get("Access-Control-Allow-Headers")) : List.of("*"));
		String maxAge = headers.get("Access-Control-Max-Age");
		if (maxAge != null) {
			configuration.setMaxAge(Long.valueOf(maxAge));
		}
		return configuration;
	}

	private static List<String> split(@Nullable String value) {
		return (value != null) ? Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList()
				: List.of();
	}

}
