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
package io.github.corspolicy.sample.security.reactive;

import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The parts of the demo's security that the reactive sample and the gateway share; each keeps its
 * own {@code authorizeExchange} rules beside them.
 */
public final class BearerTokenSecurity {

	private BearerTokenSecurity() {
	}

	/**
	 * Stateless bearer-token authentication: the token filter at the authentication step, a 401
	 * with {@code WWW-Authenticate: Bearer} where a token is required, no session, and no CSRF,
	 * HTTP Basic or form login (a token API sets no cookies).
	 * @param http the chain being built
	 * @param token the demo token a request must present
	 * @return the same chain, for its authorization rules
	 */
	public static ServerHttpSecurity stateless(ServerHttpSecurity http, String token) {
		return http.addFilterAt(new BearerTokenWebFilter(token), SecurityWebFiltersOrder.AUTHENTICATION)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new BearerTokenEntryPoint()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable());
	}

	/**
	 * Turns a request that Spring Security's firewall refuses ({@code //}, an encoded {@code ..}, a
	 * method it does not know) into Boot's 400 error body instead of an empty 400.
	 */
	public static ServerExchangeRejectedHandler errorBodyForRejectedExchanges() {
		return (exchange, rejected) -> Mono
			.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, rejected.getMessage(), rejected));
	}

}
