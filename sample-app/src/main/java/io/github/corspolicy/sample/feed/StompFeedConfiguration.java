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

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The same feed over STOMP at {@code /stomp}: Spring's simple broker publishes every tick to
 * {@code /topic/balance}. As for {@code /ws}, no {@code setAllowedOrigins}: the {@code cors.*}
 * policy decides the handshake.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class StompFeedConfiguration implements WebSocketMessageBrokerConfigurer {

	/** The path of the STOMP endpoint. */
	static final String PATH = "/stomp";

	/** The one destination a client may subscribe to. */
	static final String TOPIC = "/topic/balance";

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		registry.addEndpoint(PATH);
		registry.setErrorHandler(new FeedErrorHandler());
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		registry.enableSimpleBroker("/topic");
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(new ReadOnlyFeedInterceptor());
	}

	@Bean
	StompBalancePublisher stompBalancePublisher(LiveBalance balance, SimpMessageSendingOperations brokerMessagingTemplate) {
		return new StompBalancePublisher(balance, brokerMessagingTemplate);
	}

}
