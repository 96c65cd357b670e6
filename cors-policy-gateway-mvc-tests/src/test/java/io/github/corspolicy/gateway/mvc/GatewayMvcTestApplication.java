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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import io.github.corspolicy.sample.contract.GatewayCorsContract;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

/**
 * A gateway as a team writes one: {@code /api/**} and {@code /dashboard/**} routed to the upstream
 * at {@code gateway-test.upstream}, for any method ({@code OPTIONS} included: the starter answers
 * preflights before a route is looked up), one route rate-limited, upstream failures answered 502
 * or 504 ({@link UpstreamErrors}). Nothing here is about CORS.
 */
@SpringBootApplication
public class GatewayMvcTestApplication {

	/** How many requests the rate-limited route lets through before it answers 429. */
	static final int RATE_LIMIT = 3;

	@Bean
	@Order(1)
	RouterFunction<ServerResponse> rateLimitedRoute(@Value("${gateway-test.upstream}") String upstream) {
		return route("rate-limited").route(path(GatewayCorsContract.RATE_LIMITED), http())
			.before(uri(upstream))
			.filter(new RateLimitFilterFunction(RATE_LIMIT))
			.onError(ResourceAccessException.class, UpstreamErrors::answer)
			.build();
	}

	@Bean
	@Order(2)
	RouterFunction<ServerResponse> upstreamRoute(@Value("${gateway-test.upstream}") String upstream) {
		return route("upstream").route(path("/api/**").or(path("/dashboard/**")), http())
			.before(uri(upstream))
			.onError(ResourceAccessException.class, UpstreamErrors::answer)
			.build();
	}

}
