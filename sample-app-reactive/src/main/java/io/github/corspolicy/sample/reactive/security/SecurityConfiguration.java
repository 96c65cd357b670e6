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
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import io.github.corspolicy.sample.frontend.SampleProperties;

/**
 * Stateless bearer-token security, the servlet sample's rules on the reactive chain. Nothing here is
 * about CORS.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** As in the servlet sample; WebFlux renders errors in place, so {@code /error} is no route here. */
	private static final String[] PERMITTED = { "/api/public/**", "/api/v1/fail", "/error", "/actuator/health",
			"/actuator/health/**" };

	@Bean
	SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, SampleProperties properties) {
		return http
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(PERMITTED).permitAll().anyExchange().authenticated())
			.addFilterAt(new BearerTokenWebFilter(properties.getDemoToken()), SecurityWebFiltersOrder.AUTHENTICATION)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new BearerTokenEntryPoint()))
			// stateless: no WebSession keeps a security context
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			// a token API: no cookies, so no CSRF
			.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.build();
	}

	/**
	 * A request that Spring Security's firewall refuses ({@code //}, an encoded {@code ..}, a method
	 * it does not know) gets Boot's 400 error body, as in the servlet sample, instead of an empty 400.
	 */
	@Bean
	ServerExchangeRejectedHandler rejectedExchanges() {
		return (exchange, rejected) -> Mono
			.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, rejected.getMessage(), rejected));
	}

}
