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
package io.github.corspolicy.sample.feed;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The plain WebSocket feed at {@code /ws}. No {@code setAllowedOrigins}: the {@code cors.*} policy
 * admits or refuses the handshake, as it does every other cross-origin request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class FeedConfiguration implements WebSocketConfigurer {

	/** The path of the plain WebSocket feed. */
	static final String PATH = "/ws";

	private final LiveBalance balance;

	FeedConfiguration(LiveBalance balance) {
		this.balance = balance;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(new BalanceWebSocketHandler(this.balance), PATH);
	}

}
