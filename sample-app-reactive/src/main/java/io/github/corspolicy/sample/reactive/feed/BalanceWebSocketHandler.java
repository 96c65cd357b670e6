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
