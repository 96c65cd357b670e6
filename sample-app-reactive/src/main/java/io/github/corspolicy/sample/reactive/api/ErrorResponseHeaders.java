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
package io.github.corspolicy.sample.reactive.api;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Writes the headers an error contributes ({@code Allow} on a 405, {@code Accept} on a 415) and
 * hands the error on to Boot's {@code ErrorWebExceptionHandler}, which renders the body but drops
 * them (spring-boot#18831). The servlet sample's error responses carry them, and RFC 9110 requires
 * {@code Allow} on a 405.
 */
@Component
@Order(-2) // before Boot's ErrorWebExceptionHandler (-1)
class ErrorResponseHeaders implements WebExceptionHandler {

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (ex instanceof ErrorResponse error && !exchange.getResponse().isCommitted()) {
			exchange.getResponse().getHeaders().putAll(error.getHeaders());
		}
		return Mono.error(ex);
	}

}
