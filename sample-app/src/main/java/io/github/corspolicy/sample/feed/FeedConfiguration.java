package io.github.corspolicy.sample.feed;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The plain WebSocket feed at {@code /ws}. No {@code setAllowedOrigins}: the {@code cors.*} policy
 * admits or refuses the handshake, as it does every other cross-origin request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class FeedConfiguration implements WebSocketConfigurer {

	/** The path of the plain WebSocket feed. */
	static final String PATH = "/ws";

	private final LiveBalance balance;

	FeedConfiguration(LiveBalance balance) {
		this.balance = balance;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(new BalanceWebSocketHandler(this.balance), PATH);
	}

}
