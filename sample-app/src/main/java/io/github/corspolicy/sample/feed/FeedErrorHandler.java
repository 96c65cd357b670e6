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
