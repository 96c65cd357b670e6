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

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * Keeps the STOMP feed read only: a client may subscribe to {@code /topic/balance} and nothing else,
 * and may not {@code SEND} (the simple broker would otherwise pass a client's message to every
 * subscriber). The client gets an {@code ERROR} frame saying why.
 */
final class ReadOnlyFeedInterceptor implements ChannelInterceptor {

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		StompCommand command = (stomp != null) ? stomp.getCommand() : null;
		if (command == StompCommand.SEND) {
			throw new MessagingException(message, "The balance feed is read-only: SEND is not accepted");
		}
		if (command == StompCommand.SUBSCRIBE && !StompFeedConfiguration.TOPIC.equals(destination(stomp))) {
			throw new MessagingException(message, "No destination '" + destination(stomp) + "': subscribe to "
					+ StompFeedConfiguration.TOPIC);
		}
		return message;
	}

	private static @Nullable String destination(@Nullable StompHeaderAccessor stomp) {
		return (stomp != null) ? stomp.getDestination() : null;
	}

}
