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
package io.github.corspolicy.spring.reactive.security;

import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;

import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.reactive.ExchangeCorsMappings;
import io.github.corspolicy.spring.reactive.ExchangeCorsRequests;
import io.github.corspolicy.spring.security.PolicyCorsConfigurations;

/**
 * The policy as a reactive {@link CorsConfigurationSource}, so that
 * {@code ServerHttpSecurity.cors(withDefaults())} decides as the filter does, from the same mapping
 * of the exchange.
 */
public final class ReactivePolicyCorsConfigurationSource implements CorsConfigurationSource {

	private final LiveCorsMappings mappings;

	public ReactivePolicyCorsConfigurationSource(CorsMappings mappings) {
		this(LiveCorsMappings.fixed(mappings));
	}

	/** A source that decides by the snapshot the exchange resolved its mapping from. */
	public ReactivePolicyCorsConfigurationSource(LiveCorsMappings mappings) {
		this.mappings = mappings;
	}

	@Override
	public @Nullable CorsConfiguration getCorsConfiguration(ServerWebExchange exchange) {
		CorsRequest corsRequest = ExchangeCorsRequests.from(exchange.getRequest());
		return PolicyCorsConfigurations.of(ExchangeCorsMappings.resolve(this.mappings, exchange).evaluate(corsRequest),
				corsRequest);
	}

}
