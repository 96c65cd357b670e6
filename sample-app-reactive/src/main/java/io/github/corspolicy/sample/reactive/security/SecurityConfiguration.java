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
package io.github.corspolicy.sample.reactive.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

import io.github.corspolicy.sample.frontend.SampleProperties;
import io.github.corspolicy.sample.security.reactive.BearerTokenSecurity;

/**
 * Stateless bearer-token security, the servlet sample's rules on the reactive chain. Nothing here is
 * about CORS.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** As in the servlet sample; WebFlux renders errors in place, so {@code /error} is no route here. */
	private static final String[] PERMITTED = { "/api/public/**", "/api/v1/fail", "/error", "/actuator/health",
			"/actuator/health/**" };

	/**
	 * The live balance feed: a browser cannot send {@code Authorization} on a WebSocket handshake, so the
	 * read-only demo feed is public, as in the servlet sample; the {@code cors.*} policy still decides
	 * which origins may open it.
	 */
	private static final String[] FEED = { "/ws", "/stomp" };

	@Bean
	SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, SampleProperties properties) {
		return BearerTokenSecurity.stateless(http, properties.getDemoToken())
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(PERMITTED)
				.permitAll()
				.pathMatchers(FEED)
				.permitAll()
				.anyExchange()
				.authenticated())
			.build();
	}

	/**
	 * A request that Spring Security's firewall refuses ({@code //}, an encoded {@code ..}, a method
	 * it does not know) gets Boot's 400 error body, as in the servlet sample, instead of an empty 400.
	 */
	@Bean
	ServerExchangeRejectedHandler rejectedExchanges() {
		return BearerTokenSecurity.errorBodyForRejectedExchanges();
	}

}
