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
package io.github.corspolicy.spring.reactive;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRejection;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.listener.CorsDecisionListener;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.websocket.WebSocketHandshakes;

/**
 * Applies the CORS policy of each exchange's mapping: the reactive counterpart of the servlet
 * {@code CorsPolicyFilter}, meant to run before Spring Security's {@code WebFilterChainProxy}
 * (order -100) and every application filter.
 * <ul>
 * <li>a preflight is answered here, accepted or rejected, and never reaches authentication or a
 * handler;</li>
 * <li>any other exchange gets its CORS headers before the chain runs, and again as its response
 * commits, whatever wrote it (see {@link CommitHeaderGuard}).</li>
 * </ul>
 * Listeners (logs, metrics) hear of each cross-origin request once; a request whose {@code Origin}
 * is the server's own is decided on its origin like any other, but not reported.
 * <p>
 * A cross-origin WebSocket handshake (any request whose {@code Upgrade} asks for {@code websocket},
 * see {@link WebSocketHandshakes}) whose origin the mapping refuses is answered 403 here: WebFlux's
 * {@code HandshakeWebSocketService} checks no origin, and browsers apply no CORS to WebSockets.
 * Listeners hear of every cross-origin handshake through {@code onHandshake}.
 */
public final class CorsPolicyWebFilter implements WebFilter, Ordered {

	private final LiveCorsMappings mappings;

	private final List<CorsDecisionListener> listeners;

	private final int order;

	private final boolean judgesHandshakes;

	public CorsPolicyWebFilter(CorsMappings mappings, List<CorsDecisionListener> listeners, int order) {
		this(LiveCorsMappings.fixed(mappings), listeners, order);
	}

	/** A filter that decides each exchange by the snapshot current when it arrives. */
	public CorsPolicyWebFilter(LiveCorsMappings mappings, List<CorsDecisionListener> listeners, int order) {
		this(mappings, listeners, order, true);
	}

	/**
	 * @param judgesHandshakes whether cross-origin WebSocket handshakes are refused when the policy
	 * refuses their origin ({@code cors.websocket.enabled})
	 */
	public CorsPolicyWebFilter(LiveCorsMappings mappings, List<CorsDecisionListener> listeners, int order,
			boolean judgesHandshakes) {
		this.mappings = mappings;
		this.listeners = List.copyOf(listeners);
		this.order = order;
		this.judgesHandshakes = judgesHandshakes;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		CorsMapping mapping = ExchangeCorsMappings.resolve(this.mappings, exchange);
		if (!mapping.isEnabled()) {
			return chain.filter(exchange);
		}
		ServerHttpRequest request = exchange.getRequest();
		CorsRequest corsRequest = ExchangeCorsRequests.from(request);
		CorsDecision decision = mapping.evaluate(corsRequest);
		ServerHttpResponse response = exchange.getResponse();
		if (reportedAsRefusedHandshake(request, mapping, corsRequest, decision)) {
			return refuseHandshake(response, corsRequest, decision);
		}
		if (decision.isPreflight()) {
			return answerPreflight(response, corsRequest, decision);
		}
		decision.writeHeaders(corsRequest, new ReactiveHeaderSink(response.getHeaders()));
		response.beforeCommit(new CommitHeaderGuard(response.getHeaders(), decision, corsRequest));
		return chain.filter(exchange);
	}

	/**
	 * Tells the listeners of a cross-origin request, as a handshake or not.
	 * @return whether it is a handshake the policy refuses
	 */
	private boolean reportedAsRefusedHandshake(ServerHttpRequest request, CorsMapping mapping, CorsRequest corsRequest,
			CorsDecision decision) {
		if (isCrossOriginHandshake(request, corsRequest, decision)) {
			notifyHandshake(mapping, corsRequest, decision, request.getURI().getRawPath());
			return decision.isRejected();
		}
		// same-origin requests get the headers of their origin, but are not rejections worth reporting
		if (decision.outcome() != CorsDecision.Outcome.NOT_CORS && !corsRequest.isSameOrigin()) {
			notifyListeners(mapping, corsRequest, decision, request.getURI().getRawPath());
		}
		return false;
	}

	private void notifyListeners(CorsMapping mapping, CorsRequest corsRequest, CorsDecision decision, String path) {
		// by index: an iterator per request for what is most often an empty or one-element list
		for (int i = 0; i < this.listeners.size(); i++) {
			this.listeners.get(i).onDecision(mapping, corsRequest, decision, path);
		}
	}

	private boolean isCrossOriginHandshake(ServerHttpRequest request, CorsRequest corsRequest,
			CorsDecision decision) {
		return this.judgesHandshakes && decision.outcome() != CorsDecision.Outcome.NOT_CORS && !decision.isPreflight()
				&& !corsRequest.isSameOrigin() && isUpgrade(request.getHeaders().get(HttpHeaders.UPGRADE));
	}

	private static boolean isUpgrade(@Nullable List<String> upgradeLines) {
		return upgradeLines != null && WebSocketHandshakes.isUpgrade(upgradeLines.iterator());
	}

	private void notifyHandshake(CorsMapping mapping, CorsRequest corsRequest, CorsDecision decision, String path) {
		for (int i = 0; i < this.listeners.size(); i++) {
			this.listeners.get(i).onHandshake(mapping, corsRequest, decision, path);
		}
	}

	private static Mono<Void> refuseHandshake(ServerHttpResponse response, CorsRequest corsRequest,
			CorsDecision decision) {
		response.setStatusCode(HttpStatusCode.valueOf(WebSocketHandshakes.REFUSED_STATUS));
		decision.writeHeaders(corsRequest, new ReactiveHeaderSink(response.getHeaders()));
		byte[] body = WebSocketHandshakes.refusalBody(decision.rejection());
		response.getHeaders().setContentType(MediaType.parseMediaType("text/plain;charset=UTF-8"));
		response.getHeaders().setContentLength(body.length);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	private static Mono<Void> answerPreflight(ServerHttpResponse response, CorsRequest corsRequest,
			CorsDecision decision) {
		response.setStatusCode(HttpStatusCode.valueOf(decision.status()));
		decision.writeHeaders(corsRequest, new ReactiveHeaderSink(response.getHeaders()));
		CorsRejection rejection = decision.rejection();
		if (rejection == null) {
			response.getHeaders().setContentLength(0);
			return response.setComplete();
		}
		byte[] body = ("CORS preflight rejected: " + rejection.reason().tag() + "\n").getBytes(StandardCharsets.UTF_8);
		response.getHeaders().setContentType(MediaType.parseMediaType("text/plain;charset=UTF-8"));
		response.getHeaders().setContentLength(body.length);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

}
