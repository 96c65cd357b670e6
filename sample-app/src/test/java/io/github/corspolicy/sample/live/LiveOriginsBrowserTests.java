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
package io.github.corspolicy.sample.live;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.corspolicy.sample.SampleApplication;
import io.github.corspolicy.sample.contract.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live demo in headless Chromium: the page on {@code localhost} adds its {@code 127.0.0.1}
 * twin, which then calls the API; disabled again, its calls fail with a CORS error the page shows.
 * The screenshots go to {@code target/sample-app-live-*.png}.
 */
@ActiveProfiles("live")
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class LiveOriginsBrowserTests {

	private static final int FRONT_END_PORT = Chromium.freePort();

	private static final String ALLOWED_PAGE = "http://localhost:" + FRONT_END_PORT + "/";

	private static final String OTHER_ORIGIN = "http://127.0.0.1:" + FRONT_END_PORT;

	private static WebDriver browser;

	@DynamicPropertySource
	static void frontEndPort(DynamicPropertyRegistry registry) {
		// application-live.yml allows http://localhost:${sample.front-end.port}: this page's origin
		registry.add("sample.front-end.port", () -> FRONT_END_PORT);
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
	void anOriginAddedOnThePageIsAllowedAndRevokedWhenDisabled() throws IOException {
		assertThat(credentialedGetFrom(OTHER_ORIGIN + "/")).as("before it is added").isEqualTo("cors-error");
		openAdminPanel();
		long added = changeOnThePage(() -> browser.findElement(By.id("live-add-button")).click());
		WebElement row = rowOf(OTHER_ORIGIN);
		assertThat(row.getAttribute("data-enabled")).isEqualTo("true");
		Chromium.screenshot(browser, "sample-app-live-added.png");
		long allowed = timed(() -> assertThat(credentialedGetFrom(OTHER_ORIGIN + "/")).isEqualTo("ok"));
		Chromium.screenshot(browser, "sample-app-live-allowed.png");
		openAdminPanel();
		long disabled = changeOnThePage(() -> rowOf(OTHER_ORIGIN).findElement(By.cssSelector("[data-action=disable]")).click());
		long revoked = timed(() -> assertThat(credentialedGetFrom(OTHER_ORIGIN + "/")).isEqualTo("cors-error"));
		assertThat(browser.findElement(By.id("result-credentialed-get")).getText()).startsWith("CORS error");
		Chromium.screenshot(browser, "sample-app-live-revoked.png");
		System.out.printf("live profile in Chromium: add answered in %d ms, the 127.0.0.1 page then read the API in %d ms;"
				+ " disable answered in %d ms, the 127.0.0.1 page's call then failed in %d ms%n", added, allowed, disabled,
				revoked);
	}

	@Test
	void aMalformedOriginIsRefusedOnThePageWithTheReason() {
		openAdminPanel();
		WebElement input = browser.findElement(By.id("live-origin"));
		input.clear();
		input.sendKeys(OTHER_ORIGIN + "/");
		changeOnThePage(() -> browser.findElement(By.id("live-add-button")).click());
		WebElement message = browser.findElement(By.id("live-message"));
		assertThat(message.getAttribute("data-outcome")).isEqualTo("refused");
		assertThat(message.getText()).contains("HTTP 400").contains("trailing slash");
	}

	private static void openAdminPanel() {
		browser.get(ALLOWED_PAGE);
		waitFor((driver) -> "true".equals(panel().getAttribute("data-loaded")));
		assertThat(panel().isDisplayed()).as("the admin panel of the live profile").isTrue();
	}

	/** Runs {@code action} on the panel and waits for the admin API's answer; the time it took. */
	private static long changeOnThePage(Runnable action) {
		return timed(() -> {
			action.run();
			waitFor((driver) -> {
				String outcome = driver.findElement(By.id("live-message")).getAttribute("data-outcome");
				return outcome != null && !outcome.equals("running");
			});
		});
	}

	/** The outcome of the page's credentialed GET, run from {@code page}. */
	private static String credentialedGetFrom(String page) {
		browser.get(page);
		WebElement result = browser.findElement(By.id("result-credentialed-get"));
		result.findElement(By.xpath("../td/button")).click();
		waitFor((driver) -> !"running".equals(result.getAttribute("data-outcome")));
		return result.getAttribute("data-outcome");
	}

	private static WebElement rowOf(String origin) {
		return browser.findElement(By.cssSelector("#live-rows tr[data-origin='" + origin + "']"));
	}

	private static WebElement panel() {
		return browser.findElement(By.id("live-origins"));
	}

	private static void waitFor(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition::apply);
	}

	private static long timed(Runnable step) {
		long start = System.nanoTime();
		step.run();
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

}
