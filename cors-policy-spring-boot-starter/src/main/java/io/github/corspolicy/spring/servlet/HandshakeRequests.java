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

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import io.github.corspolicy.spring.mapping.LookupPath;
import io.github.corspolicy.spring.websocket.HandshakeEndpoints;
import io.github.corspolicy.spring.websocket.WebSocketHandshakes;

/**
 * Tells the servlet filter which requests are WebSocket or SockJS handshakes to judge: every request
 * whose {@code Upgrade} asks for {@code websocket}, on any path (a JSR-356 endpoint too), and every
 * request to the path of a Spring WebSocket or SockJS endpoint, whatever its method and headers,
 * since SockJS's HTTP transports (xhr, xhr_streaming, eventsource, htmlfile) are plain requests. The
 * path is the normalised lookup path, so {@code //ws}, {@code /ws;x} and {@code /%77s} are
 * {@code /ws}.
 */
public final class HandshakeRequests {

	/** Judges no request: {@code cors.websocket.enabled=false}. */
	public static final HandshakeRequests NONE = new HandshakeRequests();

	private final @Nullable ServletCorsMappings mappings;

	private final HandshakeEndpoints endpoints;

	/**
	 * @param mappings how the filter resolves a request's path
	 * @param endpoints the paths of the application's endpoints, filled at start-up
	 */
	public HandshakeRequests(ServletCorsMappings mappings, HandshakeEndpoints endpoints) {
		this.mappings = mappings;
		this.endpoints = endpoints;
	}

	private HandshakeRequests() {
		this.mappings = null;
		this.endpoints = new HandshakeEndpoints();
	}

	/** Whether a request is a handshake, or a SockJS request, to judge by its origin. */
	public boolean isHandshake(HttpServletRequest request) {
		ServletCorsMappings mappings = this.mappings;
		if (mappings == null) {
			return false;
		}
		if (request.getHeader("Upgrade") != null && WebSocketHandshakes.isUpgrade(request.getHeaders("Upgrade")
			.asIterator())) {
			return true;
		}
		if (this.endpoints.isEmpty()) {
			return false;
		}
		LookupPath path = mappings.lookupPath(request);
		return path.value() != null && this.endpoints.covers(path.value());
	}

}
