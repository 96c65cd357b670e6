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
package io.github.corspolicy.sample.gateway;

import java.net.ConnectException;
import java.net.UnknownHostException;

import io.netty.channel.ConnectTimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Gives a sample API that cannot be reached the status a gateway owes the browser: Gateway 5.0.4
 * lets the connect failure through, and Boot's error handler answers 500 for it, as for a bug in
 * the gateway. A refused connection or an unknown host becomes 503 (the status Gateway's load
 * balancer gives when no instance is up), a connect timeout 504 (as Gateway's own response timeout
 * does). Boot's {@code ErrorWebExceptionHandler} still renders the body.
 */
@Component
@Order(-2) // before Boot's ErrorWebExceptionHandler (-1)
class UpstreamUnavailable implements WebExceptionHandler {

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		HttpStatus status = statusFor(ex);
		if (status == null) {
			return Mono.error(ex);
		}
		return Mono.error(new ResponseStatusException(status, "The sample API behind the gateway cannot be reached: "
				+ ex.getMessage(), ex));
	}

	/** The gateway's status for a failure to connect to the upstream, or null for any other error. */
	static @Nullable HttpStatus statusFor(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectTimeoutException) {
				return HttpStatus.GATEWAY_TIMEOUT;
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
		}
		return null;
	}

}
