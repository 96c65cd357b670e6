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
