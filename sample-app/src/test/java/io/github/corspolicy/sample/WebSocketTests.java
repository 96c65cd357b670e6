package io.github.corspolicy.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.WebSocketContract;

/**
 * The live balance feed's handshakes and messages, {@code /ws} and STOMP at {@code /stomp}, against
 * the servlet sample on Tomcat (Spring's WebSocket support and its simple broker).
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class WebSocketTests extends WebSocketContract {

	@LocalServerPort
	private int port;

	@Override
	protected int apiPort() {
		return this.port;
	}

}
