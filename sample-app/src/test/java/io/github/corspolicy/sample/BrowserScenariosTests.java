package io.github.corspolicy.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.corspolicy.sample.contract.BrowserScenariosContract;

/**
 * The page's scenarios in headless Chromium against the servlet sample on Tomcat; the screenshots
 * go to {@code target/sample-app-*.png}.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowserScenariosTests extends BrowserScenariosContract {

	@Override
	protected String screenshotPrefix() {
		return "sample-app";
	}

}
