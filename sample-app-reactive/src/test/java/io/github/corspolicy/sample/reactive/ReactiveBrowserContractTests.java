package io.github.corspolicy.sample.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.BrowserCorsContract;

/**
 * The shared CORS contract, as the browser judges it, against the reactive sample on Netty.
 */
@SpringBootTest(classes = ReactiveSampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class ReactiveBrowserContractTests extends BrowserCorsContract {

	@LocalServerPort
	private int port;

	@Override
	protected int apiPort() {
		return this.port;
	}

}
