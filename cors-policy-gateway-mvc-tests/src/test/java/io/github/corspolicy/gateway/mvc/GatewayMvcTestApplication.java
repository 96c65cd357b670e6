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
