package io.github.corspolicy.sample.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.BrowserWebSocketContract;

/**
 * The live balance feed in headless Chromium against the reactive sample on Netty; the screenshots
 * go to {@code target/sample-app-reactive-feed*.png}.
 */
@SpringBootTest(classes = ReactiveSampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ReactiveBrowserWebSocketTests extends BrowserWebSocketContract {

	@LocalServerPort
	private int port;

	@Override
	protected int apiPort() {
		return this.port;
	}

	@Override
	protected String screenshotPrefix() {
		return "sample-app-reactive";
	}

}
