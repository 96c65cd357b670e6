package io.github.corspolicy.sample.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.WebSocketContract;

/**
 * The live balance feed's handshakes and messages, {@code /ws} and STOMP at {@code /stomp}, against
 * the reactive sample on Netty (a WebFlux {@code WebSocketHandler} and the sample's own STOMP server).
 */
@SpringBootTest(classes = ReactiveSampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class ReactiveWebSocketTests extends WebSocketContract {

	@LocalServerPort
	private int port;

	@Override
	protected int apiPort() {
		return this.port;
	}

}
