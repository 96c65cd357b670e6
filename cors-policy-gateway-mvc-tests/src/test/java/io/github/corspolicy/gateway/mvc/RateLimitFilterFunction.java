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
package io.github.corspolicy.gateway.mvc;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A gateway-level rate limiter standing in for {@code Bucket4jFilterFunctions.rateLimit} (which
 * needs bucket4j): a bucket of {@code capacity} requests that never refills, then 429 with
 * {@code Retry-After}, answered by the gateway without calling the upstream.
 */
final class RateLimitFilterFunction implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private final AtomicInteger remaining;

	RateLimitFilterFunction(int capacity) {
		this.remaining = new AtomicInteger(capacity);
	}

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		if (this.remaining.getAndDecrement() > 0) {
			return next.handle(request);
		}
		return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").build();
	}

}
