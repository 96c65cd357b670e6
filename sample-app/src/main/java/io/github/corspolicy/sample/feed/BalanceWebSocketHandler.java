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

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The plain WebSocket feed at {@code /ws}: the current balance on connect, then every tick. Read
 * only: text the client sends is ignored.
 */
final class BalanceWebSocketHandler extends TextWebSocketHandler {

	private static final int SEND_TIME_LIMIT_MILLIS = 5_000;

	private static final int BUFFER_SIZE_LIMIT = 64 * 1024;

	private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();

	private final LiveBalance balance;

	BalanceWebSocketHandler(LiveBalance balance) {
		this.balance = balance;
		balance.onUpdate(this::broadcast);
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		// ticks come from another thread: the decorator serialises the sends
		WebSocketSession concurrent = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS,
				BUFFER_SIZE_LIMIT);
		// the current update first, then the ticks: the sequence never goes back
		send(concurrent, this.balance.current());
		this.sessions.put(session.getId(), concurrent);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		this.sessions.remove(session.getId());
	}

	private void broadcast(BalanceUpdate update) {
		this.sessions.values().forEach((session) -> send(session, update));
	}

	private void send(WebSocketSession session, BalanceUpdate update) {
		try {
			session.sendMessage(new TextMessage(update.toJson()));
		}
		catch (IOException | RuntimeException ex) {
			// a connection gone or too slow: drop it, the others go on
			this.sessions.remove(session.getId());
		}
	}

}
