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
