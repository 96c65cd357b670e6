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
package io.github.corspolicy.sample.gateway;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.corspolicy.sample.contract.Chromium;
import io.github.corspolicy.sample.contract.TestUpstream;

import static io.github.corspolicy.sample.contract.SampleContract.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Headless Chromium loads the samples' page from the origin the gateway serves it on, and the page
 * calls the gateway (the port its {@code config.js} names), which routes to a {@link TestUpstream}:
 * what the browser lets a script read is the test. Without the browser the test is skipped, and
 * fails when {@code CI=true}.
 */
@SpringBootTest(classes = GatewaySampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayBrowserTests {

	private static final TestUpstream UPSTREAM = TestUpstream.start();

	private static final int FRONT_END_PORT = Chromium.freePort();

	/** A {@code fetch} from the page, with credentials, to the gateway the page was configured with. */
	private static final String FETCH = """
			const [path, headers, done] = arguments;
			const gateway = `${location.protocol}//${location.hostname}:${window.SAMPLE_CONFIG.apiPort}`;
			fetch(gateway + path, { credentials: 'include', headers })
			  .then(async (response) => done({ outcome: response.ok ? 'ok' : 'http-error',
			    status: response.status, body: await response.text() }),
			    (error) => done({ outcome: 'cors-error', status: 0, body: `${error.name}: ${error.message}` }));
			""";

	private static WebDriver browser;

	@DynamicPropertySource
	static void pageAndUpstream(DynamicPropertyRegistry registry) {
		registry.add("sample.upstream", () -> UPSTREAM.uri().toString());
		registry.add("sample.front-end.port", () -> FRONT_END_PORT);
		// only the page's localhost origin: the same page on 127.0.0.1 is another, disallowed origin
		registry.add("cors.allowed-origins", () -> "http://localhost:" + FRONT_END_PORT);
	}

	@BeforeAll
	static void startChromium() throws IOException {
		browser = Chromium.start();
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		UPSTREAM.close();
	}

	static Stream<Arguments> requests() {
		return Stream.of(
				argumentSet("a credentialed GET with the token", TestUpstream.OK,
						Map.of("Authorization", BEARER, "X-Request-ID", "gw-1"), "ok", 200, "\"upstream\":\"ok\""),
				argumentSet("a GET without the token: the gateway's 401", TestUpstream.OK, Map.of(), "http-error", 401,
						"\"status\":401"),
				argumentSet("a GET with a wrong token: the gateway's 401", TestUpstream.OK,
						Map.of("Authorization", "Bearer wrong"), "http-error", 401, "\"status\":401"),
				argumentSet("the upstream's 500", TestUpstream.status(500), Map.of("Authorization", BEARER),
						"http-error", 500, "\"upstream\":\"status 500\""),
				argumentSet("an upstream that sends its own, conflicting CORS headers", TestUpstream.CONFLICTING,
						Map.of("Authorization", BEARER), "ok", 200, "\"upstream\":\"ok\""),
				argumentSet("a header the policy does not allow: the preflight is refused", TestUpstream.OK,
						Map.of("Authorization", BEARER, "X-Debug-Mode", "on"), "cors-error", 0, "TypeError"));
	}

	@ParameterizedTest
	@MethodSource("requests")
	void thePageReadsWhatTheGatewayAnswers(String path, Map<String, String> headers, String outcome, int status,
			String body) {
		Map<String, Object> result = fetchFrom("http://localhost:" + FRONT_END_PORT + "/", path, headers);
		assertThat(result).as(path).containsEntry("outcome", outcome).containsEntry("status", (long) status);
		assertThat((String) result.get("body")).contains(body);
	}

	@Test
	void aStoppedUpstreamIsReadableAsTheGateways503() {
		UPSTREAM.stop();
		try {
			Map<String, Object> result = fetchFrom("http://localhost:" + FRONT_END_PORT + "/", TestUpstream.OK,
					Map.of("Authorization", BEARER));
			assertThat(result).containsEntry("outcome", "http-error").containsEntry("status", 503L);
			assertThat((String) result.get("body")).contains("\"status\":503");
		}
		finally {
			UPSTREAM.restart();
		}
	}

	@Test
	void thePageFromAnOriginThatIsNotAllowedReadsNothing() {
		Map<String, Object> result = fetchFrom("http://127.0.0.1:" + FRONT_END_PORT + "/", TestUpstream.OK,
				Map.of("Authorization", BEARER));
		assertThat(result).containsEntry("outcome", "cors-error").containsEntry("status", 0L);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> fetchFrom(String page, String path, Map<String, String> headers) {
		browser.get(page);
		return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(FETCH, path, headers);
	}

}
