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
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.corspolicy.sample.frontend.FrontEndServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live balance feed in headless Chromium: the page on its allowed origin opens {@code /ws} and
 * STOMP at {@code /stomp} and shows the balance from both; the same page served from another origin
 * (a second front-end server on a free port) is refused, and the browser's console shows that the
 * server answered the handshakes with 403. A sample runs it with a subclass that starts the sample on
 * a random port, its page included, and gives the API's port. Without the browser the test is
 * skipped, and fails when {@code CI=true} ({@link Chromium}).
 */
public abstract class BrowserWebSocketContract {

	/** The page's port, the only origin the policy allows, for every test of the class. */
	protected static final int FRONT_END_PORT = Chromium.freePort();

	private static final Duration WAIT = Duration.ofSeconds(60);

	private static WebDriver browser;

	/** The port the sample's API listens on. */
	protected abstract int apiPort();

	/** The name the screenshots start with, in the sample's {@code target} directory. */
	protected abstract String screenshotPrefix();

	@DynamicPropertySource
	static void frontEndOnItsOwnOrigin(DynamicPropertyRegistry registry) {
		registry.add("sample.front-end.port", () -> FRONT_END_PORT);
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
	void thePageOnTheAllowedOriginShowsTheBalanceFromTheFeedAndFromStomp() throws IOException {
		browser.get("http://localhost:" + FRONT_END_PORT + "/");
		waitUntil("the balance from both endpoints", () -> row("feed-ws-balance").getAttribute("data-sequence") != null
				&& "subscribed".equals(row("feed-stomp").getAttribute("data-state")));
		Chromium.screenshot(browser, screenshotPrefix() + "-feed.png");
		assertThat(row("feed-ws").getAttribute("data-state")).isEqualTo("open");
		assertThat(row("feed-ws-balance").getAttribute("data-balance")).isEqualTo("1250");
		assertThat(row("feed-ws-balance").getText()).startsWith("1250 credits (update ");
		assertThat(row("feed-stomp-state").getText()).isEqualTo("MESSAGE on /topic/balance");
		assertThat(row("feed-stomp-balance").getAttribute("data-balance")).isEqualTo("1250");
		assertThat(Chromium.console(browser)).noneMatch((message) -> message.contains("WebSocket"));
	}

	@Test
	void thePageOnAnotherOriginIsRefusedAndTheServerAnsweredTheHandshakesWith403() throws IOException {
		try (FrontEndServer other = FrontEndServer.start(Chromium.freePort(), apiPort(), SampleContract.TOKEN)) {
			Chromium.console(browser);
			browser.get("http://localhost:" + other.port() + "/");
			waitUntil("both endpoints refused", () -> "refused".equals(row("feed-ws").getAttribute("data-state"))
					&& "refused".equals(row("feed-stomp").getAttribute("data-state")));
			Chromium.screenshot(browser, screenshotPrefix() + "-feed-refused.png");
			assertThat(row("feed-ws-balance").getText()).isEmpty();
			assertThat(row("feed-stomp-balance").getText()).isEmpty();
			List<String> console = new ArrayList<>(Chromium.console(browser));
			for (String path : List.of(SampleContract.FEED, SampleContract.STOMP)) {
				assertThat(console).anyMatch((message) -> message.contains("'ws://localhost:" + apiPort() + path + "'")
						&& message.contains("Unexpected response code: 403"));
			}
		}
	}

	private static WebElement row(String id) {
		return browser.findElement(By.id(id));
	}

	private static void waitUntil(String what, BooleanSupplier condition) {
		new WebDriverWait(browser, WAIT).withMessage(what).until((driver) -> condition.getAsBoolean());
	}

}
