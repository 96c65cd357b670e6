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
package io.github.corspolicy.sample.reactive.feed;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;

/**
 * The feed's two WebSocket endpoints, {@code /ws} and {@code /stomp}. No origin check here: the
 * {@code cors.*} policy admits or refuses the handshake, as it does every other cross-origin request.
 */
@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

	@Bean
	HandlerMapping feedHandlerMapping(LiveBalance balance) {
		// before the annotated controllers, as Spring's reference guide maps WebSocket handlers
		return new SimpleUrlHandlerMapping(Map.of("/ws", new BalanceWebSocketHandler(balance), "/stomp",
				new StompWebSocketHandler(balance)), Ordered.HIGHEST_PRECEDENCE);
	}

}
