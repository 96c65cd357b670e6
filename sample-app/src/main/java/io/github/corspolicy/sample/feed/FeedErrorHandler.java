package io.github.corspolicy.sample.feed;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Puts the reason a frame was refused in the {@code ERROR} frame's {@code message} header, instead of
 * the channel's "Failed to send message to ExecutorSubscribableChannel" that wraps it.
 */
final class FeedErrorHandler extends StompSubProtocolErrorHandler {

	@Override
	public @Nullable Message<byte[]> handleClientMessageProcessingError(@Nullable Message<byte[]> clientMessage,
			Throwable ex) {
		Throwable reason = (ex instanceof MessageDeliveryException && ex.getCause() != null) ? ex.getCause() : ex;
		return super.handleClientMessageProcessingError(clientMessage, reason);
	}

}
