package io.github.corspolicy.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.BrowserWebSocketContract;

/**
 * The live balance feed in headless Chromium against the servlet sample on Tomcat; the screenshots
 * go to {@code target/sample-app-feed*.png}.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserWebSocketTests extends BrowserWebSocketContract {

	@LocalServerPort
	private int port;

	@Override
	protected int apiPort() {
		return this.port;
	}

	@Override
	protected String screenshotPrefix() {
		return "sample-app";
	}

}
