package io.github.corspolicy.sample.reactive.feed;

import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;

/**
 * The plain WebSocket feed at {@code /ws}: the current balance on connect, then every tick, until the
 * client closes. Read only: text the client sends is ignored.
 */
final class BalanceWebSocketHandler implements WebSocketHandler {

	private final LiveBalance balance;

	BalanceWebSocketHandler(LiveBalance balance) {
		this.balance = balance;
	}

	@Override
	public Mono<Void> handle(WebSocketSession session) {
		Mono<Void> closedByClient = session.receive().then();
		return session.send(this.balance.updates()
			.takeUntilOther(closedByClient)
			.map((update) -> session.textMessage(update.toJson())));
	}

}
