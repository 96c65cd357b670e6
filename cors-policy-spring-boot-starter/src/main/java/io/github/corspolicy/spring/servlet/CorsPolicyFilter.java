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
package io.github.corspolicy.spring.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRejection;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.listener.CorsDecisionListener;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.websocket.HandshakeEndpoints;
import io.github.corspolicy.spring.websocket.WebSocketHandshakes;

/**
 * Applies the CORS policy of each request's mapping. Meant to be the outermost filter, registered
 * for request, error and async dispatches:
 * <ul>
 * <li>a preflight is answered here, accepted or rejected, and never reaches authentication or the
 * application;</li>
 * <li>any other request gets its CORS headers before the chain runs, and keeps them whatever the
 * chain does: an error status, {@code sendError}, {@code reset()}, or an exception that ends in the
 * container's error dispatch (where this filter writes them again);</li>
 * <li>no response of an enabled mapping carries an {@code Access-Control-*} header written
 * downstream, whether the request has an {@code Origin} or not, and {@code Vary} written downstream
 * is merged with the policy's (see {@link CorsHeaderGuard}).</li>
 * </ul>
 * The mapping is resolved once per request, on its first dispatch (see {@link ServletCorsMappings}).
 * Listeners (logs, metrics) hear of each cross-origin request once; a request whose {@code Origin}
 * is the server's own, perhaps only by what forwarded headers say, is decided on its origin like any
 * other, but not reported.
 * <p>
 * A cross-origin WebSocket or SockJS handshake (see {@link HandshakeRequests}) whose origin the
 * mapping refuses is answered 403 here, before security and before Spring's own origin check;
 * listeners hear of every cross-origin handshake through {@code onHandshake}.
 */
public final class CorsPolicyFilter implements Filter {

	private final ServletCorsMappings mappings;

	private final List<CorsDecisionListener> listeners;

	private final HandshakeRequests handshakes;

	/** A filter for an application whose only {@code DispatcherServlet} is Spring Boot's. */
	public CorsPolicyFilter(CorsMappings mappings, List<CorsDecisionListener> listeners) {
		this(ServletCorsMappings.of(mappings), listeners);
	}

	/** A filter that judges every WebSocket upgrade, on any path, by its origin. */
	public CorsPolicyFilter(ServletCorsMappings mappings, List<CorsDecisionListener> listeners) {
		this(mappings, listeners, new HandshakeRequests(mappings, new HandshakeEndpoints()));
	}

	/**
	 * @param handshakes which requests are handshakes to refuse when the policy refuses their
	 * origin; {@link HandshakeRequests#NONE} for none
	 */
	public CorsPolicyFilter(ServletCorsMappings mappings, List<CorsDecisionListener> listeners,
			HandshakeRequests handshakes) {
		this.mappings = mappings;
		this.listeners = List.copyOf(listeners);
		this.handshakes = handshakes;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse httpResponse) {
			doFilter(httpRequest, httpResponse, chain);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		CorsMapping mapping = this.mappings.resolve(request);
		if (!mapping.isEnabled()) {
			chain.doFilter(request, response);
			return;
		}
		CorsRequest corsRequest = ServletCorsRequests.from(request);
		CorsDecision decision = mapping.evaluate(corsRequest);
		boolean firstDispatch = request.getDispatcherType() == DispatcherType.REQUEST;
		if (firstDispatch && reportedAndRefused(request, response, mapping, corsRequest, decision)) {
			return;
		}
		if (firstDispatch && decision.isPreflight()) {
			answerPreflight(response, corsRequest, decision);
			return;
		}
		if (!response.isCommitted()) {
			decision.writeHeaders(corsRequest, new ServletHeaderSink(response));
		}
		// with or without Origin: the policy owns Access-Control-* on every response of its mapping
		chain.doFilter(request, new CorsHeaderGuard(response, decision, corsRequest));
	}

	/**
	 * Tells the listeners of a cross-origin request, as a handshake or not, and answers a handshake
	 * the policy refuses.
	 * @return whether the request was refused as a handshake
	 */
	private boolean reportedAndRefused(HttpServletRequest request, HttpServletResponse response, CorsMapping mapping,
			CorsRequest corsRequest, CorsDecision decision) throws IOException {
		if (isCrossOriginHandshake(request, corsRequest, decision)) {
			notifyHandshake(request, mapping, corsRequest, decision);
			if (decision.isRejected()) {
				refuseHandshake(response, corsRequest, decision);
				return true;
			}
		}
		// same-origin requests get the headers of their origin, but are not rejections worth reporting
		else if (decision.outcome() != CorsDecision.Outcome.NOT_CORS && !corsRequest.isSameOrigin()) {
			notifyListeners(request, mapping, corsRequest, decision);
		}
		return false;
	}

	private void notifyListeners(HttpServletRequest request, CorsMapping mapping, CorsRequest corsRequest,
			CorsDecision decision) {
		for (CorsDecisionListener listener : this.listeners) {
			listener.onDecision(mapping, corsRequest, decision, request.getRequestURI());
		}
	}

	private boolean isCrossOriginHandshake(HttpServletRequest request, CorsRequest corsRequest,
			CorsDecision decision) {
		return decision.outcome() != CorsDecision.Outcome.NOT_CORS && !decision.isPreflight()
				&& !corsRequest.isSameOrigin() && this.handshakes.isHandshake(request);
	}

	private void notifyHandshake(HttpServletRequest request, CorsMapping mapping, CorsRequest corsRequest,
			CorsDecision decision) {
		for (CorsDecisionListener listener : this.listeners) {
			listener.onHandshake(mapping, corsRequest, decision, request.getRequestURI());
		}
	}

	private static void refuseHandshake(HttpServletResponse response, CorsRequest corsRequest, CorsDecision decision)
			throws IOException {
		response.setStatus(WebSocketHandshakes.REFUSED_STATUS);
		decision.writeHeaders(corsRequest, new ServletHeaderSink(response));
		byte[] body = WebSocketHandshakes.refusalBody(decision.rejection());
		response.setContentType("text/plain;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static void answerPreflight(HttpServletResponse response, CorsRequest corsRequest, CorsDecision decision)
			throws IOException {
		response.setStatus(decision.status());
		decision.writeHeaders(corsRequest, new ServletHeaderSink(response));
		CorsRejection rejection = decision.rejection();
		if (rejection == null) {
			response.setContentLength(0);
			return;
		}
		byte[] body = ("CORS preflight rejected: " + rejection.reason().tag() + "\n").getBytes(StandardCharsets.UTF_8);
		response.setContentType("text/plain;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
