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

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * A servlet application with every kind of Spring WebSocket endpoint: an echo handler at
 * {@code /ws}, {@code /partner/ws} and {@code /off/ws} with Spring's default origin check, one at
 * {@code /legacy} that calls {@code setAllowedOrigins} with its own list, a SockJS endpoint at
 * {@code /sockjs} and a STOMP endpoint at {@code /stomp}; behind a Spring Security chain that
 * permits everything.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableWebSocket
@EnableWebSocketMessageBroker
class WebSocketTestApplication implements WebSocketConfigurer, WebSocketMessageBrokerConfigurer {

	/** The origin the {@code /legacy} endpoint allows by itself. */
	static final String LEGACY_ORIGIN = "https://other.example";

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(new Echo(), "/ws", "/partner/ws", "/off/ws");
		registry.addHandler(new Echo(), "/legacy").setAllowedOrigins(LEGACY_ORIGIN);
		registry.addHandler(new Echo(), "/sockjs").withSockJS();
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		registry.addEndpoint("/stomp");
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		registry.enableSimpleBroker("/topic");
	}

	@Bean
	SecurityFilterChain permitAll(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	/** Answers each text message with {@code echo: } and the message. */
	static final class Echo extends TextWebSocketHandler {

		@Override
		protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
			session.sendMessage(new TextMessage("echo: " + message.getPayload()));
		}

	}

}
