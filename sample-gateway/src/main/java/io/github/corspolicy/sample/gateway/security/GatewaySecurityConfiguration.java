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
package io.github.corspolicy.sample.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

import io.github.corspolicy.sample.frontend.SampleProperties;
import io.github.corspolicy.sample.security.reactive.BearerTokenSecurity;

/**
 * The sample API's token rule, checked once more at the gateway: a request without the token meets
 * a 401 here and never reaches a route. The same paths are public as on the sample API. Nothing
 * here is about CORS: the starter's filter runs before this chain and answers preflights itself.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

	/** The sample API's public paths ({@code SecurityConfiguration} of sample-app-reactive). */
	private static final String[] PERMITTED = { "/api/public/**", "/api/v1/fail", "/error", "/actuator/health",
			"/actuator/health/**" };

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, SampleProperties properties) {
		return BearerTokenSecurity.stateless(http, properties.getDemoToken())
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(PERMITTED).permitAll().anyExchange().authenticated())
			.build();
	}

	/**
	 * A request that Spring Security's firewall refuses ({@code //}, an encoded {@code ..}, a method
	 * it does not know) gets Boot's 400 error body, as on the sample API, instead of an empty 400.
	 */
	@Bean
	ServerExchangeRejectedHandler rejectedExchanges() {
		return BearerTokenSecurity.errorBodyForRejectedExchanges();
	}

}
