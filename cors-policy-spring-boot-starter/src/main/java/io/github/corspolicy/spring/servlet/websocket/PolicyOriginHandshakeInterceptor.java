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
package io.github.corspolicy.spring.servlet.websocket;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;

import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.servlet.ServletCorsMappings;
import io.github.corspolicy.spring.servlet.ServletCorsRequests;

/**
 * Takes the place of Spring's {@link OriginHandshakeInterceptor} on an endpoint: a handshake (or a
 * SockJS session) from another origin goes on exactly when the policy of its path's mapping allows
 * the origin, from the snapshot the filter resolved it with. Where that mapping has CORS off, the
 * endpoint's own interceptor decides, as it did before. The filter has already refused what the
 * policy refuses; this is the check at the endpoint itself, whatever path reached it.
 */
final class PolicyOriginHandshakeInterceptor implements HandshakeInterceptor {

	private final OriginHandshakeInterceptor own;

	private final ServletCorsMappings mappings;

	PolicyOriginHandshakeInterceptor(OriginHandshakeInterceptor own, ServletCorsMappings mappings) {
		this.own = own;
		this.mappings = mappings;
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) throws Exception {
		if (!(request instanceof ServletServerHttpRequest servletRequest)) {
			return this.own.beforeHandshake(request, response, handler, attributes);
		}
		HttpServletRequest httpRequest = servletRequest.getServletRequest();
		CorsMapping mapping = this.mappings.resolve(httpRequest);
		if (!mapping.isEnabled()) {
			return this.own.beforeHandshake(request, response, handler, attributes);
		}
		CorsRequest corsRequest = ServletCorsRequests.from(httpRequest);
		if (corsRequest.origin() == null || corsRequest.isSameOrigin() || !mapping.evaluate(corsRequest).isRejected()) {
			return true;
		}
		response.setStatusCode(HttpStatus.FORBIDDEN);
		return false;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			@Nullable Exception exception) {
	}

	/** The endpoint's own origins and origin patterns, for the start-up warning. */
	OriginHandshakeInterceptor own() {
		return this.own;
	}

}
