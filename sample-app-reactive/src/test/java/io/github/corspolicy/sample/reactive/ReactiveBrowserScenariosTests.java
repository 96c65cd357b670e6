package io.github.corspolicy.sample.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.corspolicy.sample.contract.BrowserScenariosContract;

/**
 * The page's scenarios in headless Chromium against the reactive sample on Netty; the screenshots
 * go to {@code target/sample-app-reactive-*.png}.
 */
@SpringBootTest(classes = ReactiveSampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ReactiveBrowserScenariosTests extends BrowserScenariosContract {

	@Override
	protected String screenshotPrefix() {
		return "sample-app-reactive";
	}

}
