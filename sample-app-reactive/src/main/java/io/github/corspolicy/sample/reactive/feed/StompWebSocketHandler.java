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

import java.util.List;

import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;

/**
 * STOMP over WebSocket at {@code /stomp}: each text message from the client is read as STOMP frames
 * and answered by the connection's {@link StompFeedSession}. The server closes the connection
 * after an {@code ERROR} frame; after {@code DISCONNECT} it waits for the client to close, as Spring's
 * broker does.
 */
final class StompWebSocketHandler implements WebSocketHandler {

	private final LiveBalance balance;

	StompWebSocketHandler(LiveBalance balance) {
		this.balance = balance;
	}

	/** The subprotocols a STOMP client asks for (stomp.js among them), as Spring's servlet endpoint lists them. */
	@Override
	public List<String> getSubProtocols() {
		return List.of("v10.stomp", "v11.stomp", "v12.stomp");
	}

	@Override
	public Mono<Void> handle(WebSocketSession session) {
		StompFeedSession stomp = new StompFeedSession(session.getId(), this.balance);
		return session.send(session.receive()
			.map(WebSocketMessage::getPayloadAsText)
			.doFinally((signal) -> stomp.end())
			.flatMap(stomp::receive)
			.takeUntil(StompFrame::closesConnection)
			.map((frame) -> session.textMessage(frame.encode())))
			// after an ERROR frame: a close frame with 1000, as the servlet sample sends
			.then(Mono.defer(session::close));
	}

}
