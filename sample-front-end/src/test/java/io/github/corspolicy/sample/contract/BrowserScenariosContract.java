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
package io.github.corspolicy.sample.contract;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The only judge of CORS that matters: a real browser. Debian's headless Chromium loads the demo
 * page from its own origin and runs every scenario against the API on another port. A sample runs
 * it with a subclass that starts the sample on a random port, its page included: the page calls
 * the port the API was given, on either stack. Without the browser the test is skipped, and fails
 * when {@code CI=true} ({@link Chromium}).
 */
public abstract class BrowserScenariosContract {

	/** The page's port, the same for every test of the class so that one application serves them all. */
	protected static final int FRONT_END_PORT = Chromium.freePort();

	private static WebDriver browser;

	/** The name the screenshots start with, in the sample's {@code target} directory. */
	protected abstract String screenshotPrefix();

	@DynamicPropertySource
	static void frontEndOnItsOwnOrigin(DynamicPropertyRegistry registry) {
		registry.add("sample.front-end.port", () -> FRONT_END_PORT);
		// only the page's localhost origin: the same page on 127.0.0.1 is another, disallowed origin
		registry.add("cors.allowed-origins", () -> "http://localhost:" + FRONT_END_PORT);
	}

	@BeforeAll
	static void startChromium() throws IOException {
		browser = Chromium.start();
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@Test
	void everyScenarioBehavesAsExpectedFromTheAllowedOrigin() throws IOException {
		runAllScenarios("http://localhost:" + FRONT_END_PORT + "/");
		Chromium.screenshot(browser, screenshotPrefix() + "-scenarios.png");
		assertResult("credentialed-get", "ok", "200");
		assertThat(result("credentialed-get").getAttribute("data-exposed")).isEqualTo("ETag,X-Request-ID");
		assertThat(result("credentialed-get").getText()).contains("X-Request-ID: demo-");
		assertResult("no-token", "http-error", "401");
		assertResult("wrong-token", "http-error", "401");
		assertResult("post-json", "ok", "200");
		assertResult("server-error", "http-error", "500");
		assertResult("disallowed-header", "cors-error", "");
		assertResult("public-ping", "ok", "200");
		assertThat(result("public-ping").getText()).contains("body: pong");
	}

	/** With Timing-Allow-Origin the entry of a cross-origin call has its phases; without, they are zero. */
	@Test
	void theResourceTimingPanelShowsDetailedTimingOfACrossOriginCall() throws IOException {
		browser.get("http://localhost:" + FRONT_END_PORT + "/");
		browser.findElement(By.id("timing-run")).click();
		WebElement result = browser.findElement(By.id("timing-result"));
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until((driver) -> !List.of("", "measuring...").contains(result.getText()));
		Chromium.screenshot(browser, screenshotPrefix() + "-resource-timing.png");
		assertThat(result.getAttribute("data-detailed")).as(result.getText()).isEqualTo("true");
		assertThat(Double.parseDouble(result.getAttribute("data-request-start"))).isPositive();
	}

	@Test
	void pageFromAnOriginThatIsNotAllowedIsBlocked() throws IOException {
		runAllScenarios("http://127.0.0.1:" + FRONT_END_PORT + "/");
		Chromium.screenshot(browser, screenshotPrefix() + "-disallowed-origin.png");
		for (String scenario : List.of("credentialed-get", "no-token", "server-error", "public-ping")) {
			assertResult(scenario, "cors-error", "");
		}
	}

	private static void runAllScenarios(String page) {
		browser.get(page);
		browser.findElement(By.id("run-all")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until((driver) -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-finished")));
	}

	private static void assertResult(String scenario, String outcome, String status) {
		WebElement result = result(scenario);
		assertThat(result.getAttribute("data-outcome")).as("%s: %s", scenario, result.getText()).isEqualTo(outcome);
		assertThat(result.getAttribute("data-status")).as("%s: %s", scenario, result.getText()).isEqualTo(status);
	}

	private static WebElement result(String scenario) {
		return browser.findElement(By.id("result-" + scenario));
	}

}
