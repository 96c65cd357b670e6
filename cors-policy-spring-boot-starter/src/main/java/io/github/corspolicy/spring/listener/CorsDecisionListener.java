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
package io.github.corspolicy.spring.listener;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.mapping.CorsMapping;

/**
 * Told of the decision on every cross-origin request (one with an {@code Origin} other than the
 * server's own), once per request, not again on its error dispatch: for logs and metrics. The
 * arguments name no servlet or reactive type, so the servlet filter and the reactive one feed the
 * same listeners.
 */
@FunctionalInterface
public interface CorsDecisionListener {

	/**
	 * @param mapping the mapping that decided
	 * @param request the CORS view of the request
	 * @param decision the decision
	 * @param path the path as the client sent it, without the query, for logs only (it is not
	 * normalised: never a meter tag)
	 */
	void onDecision(CorsMapping mapping, CorsRequest request, CorsDecision decision, String path);

	/**
	 * Told of the decision on a cross-origin WebSocket or SockJS handshake instead of
	 * {@link #onDecision}: the decision is that of a request that is not a preflight, and a rejected
	 * one means the handshake was refused with 403. By default, {@code onDecision} hears of it.
	 * @param mapping the mapping that decided
	 * @param request the CORS view of the handshake
	 * @param decision the decision on its origin
	 * @param path the path as the client sent it, for logs only
	 */
	default void onHandshake(CorsMapping mapping, CorsRequest request, CorsDecision decision, String path) {
		onDecision(mapping, request, decision, path);
	}

}
