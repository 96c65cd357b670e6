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
package io.github.corspolicy.test;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict.Failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every assertion can fail, and its failure tells the story: the console message, the likely cause,
 * and each step's status and CORS headers.
 */
class CorsOutcomeAssertTests {

	private static final String ORIGIN = "https://app.example.com";

	private static final BrowserResponse PREFLIGHT = BrowserResponse.of(204, "Access-Control-Allow-Origin", ORIGIN,
			"Access-Control-Allow-Credentials", "true", "Access-Control-Allow-Methods", "GET, PUT",
			"Access-Control-Allow-Headers", "authorization, content-type", "Vary", "Origin");

	private static final BrowserResponse RESPONSE = BrowserResponse.of(200, "Access-Control-Allow-Origin", ORIGIN,
			"Access-Control-Allow-Credentials", "true", "Access-Control-Expose-Headers", "ETag", "ETag", "\"v1\"",
			"X-Internal", "hidden", "Vary", "Origin");

	private final CorsCheck page = CorsCheck.using(new CannedServer(PREFLIGHT, RESPONSE)).from(ORIGIN).withCredentials();

	private final CorsOutcome blockedHeader = this.page.put("/api/items")
		.header("Authorization", "Bearer t")
		.header("X-Debug", "1")
		.run();

	private final CorsOutcome allowedGet = this.page.get("/api/items").run();

	@Test
	void isAllowedOnABlockedCallFailsWithTheDoctorsExplanation() {
		assertFailure(() -> assertThat(this.blockedHeader).isAllowed(), """
				Expected the browser to let the page read the response, but it blocked the call.

				Call:         PUT https://api.example.com/api/items from https://app.example.com (credentials: include; headers: Authorization, X-Debug)
				Console:      Access to fetch at 'https://api.example.com/api/items' from origin 'https://app.example.com' has been blocked by CORS policy: Request header field x-debug is not allowed by Access-Control-Allow-Headers in preflight response.
				Likely cause: the preflight's Access-Control-Allow-Headers does not list x-debug: add it to cors.allowed-headers
				Preflight:    OPTIONS with Access-Control-Request-Method: PUT, Access-Control-Request-Headers: authorization,x-debug
				              answered 204 with
				                Access-Control-Allow-Credentials: true
				                Access-Control-Allow-Headers: authorization, content-type
				                Access-Control-Allow-Methods: GET, PUT
				                Access-Control-Allow-Origin: https://app.example.com
				                Vary: Origin
				Request:      not sent, the preflight failed""");
	}

	@Test
	void isAllowedFailureContainsTheVerdictOfTheCore() {
		assertFailure(() -> assertThat(this.blockedHeader).isAllowed(),
				this.blockedHeader.verdict().consoleMessage(), this.blockedHeader.verdict().likelyCause());
	}

	@Test
	void isBlockedOnAnAllowedCallFailsShowingWhatThePageCanRead() {
		assertFailure(() -> assertThat(this.allowedGet).isBlocked(),
				"Expected the browser to block the call, but it let the page read the response.",
				"Verdict:      allowed; the page can read the status, the body and ETag",
				"Preflight:    none, the browser sends this call without asking",
				"Request:      GET\n              answered 200 with\n                Access-Control-Allow-Credentials: true");
	}

	@Test
	void becauseFailsNamingTheActualReason() {
		assertFailure(() -> assertThat(this.blockedHeader).because(Failure.METHOD_NOT_ALLOWED),
				"because of METHOD_NOT_ALLOWED, but it blocked it because of HEADER_NOT_ALLOWED");
		assertFailure(() -> assertThat(this.allowedGet).because(Failure.MISSING_ALLOW_ORIGIN),
				"because of MISSING_ALLOW_ORIGIN, but it let the page read the response");
	}

	@Test
	void mentioningFailsWhenTheConsoleMessageDoesNotMentionTheText() {
		assertThat(this.blockedHeader).mentioning("X-DEBUG");
		assertFailure(() -> assertThat(this.blockedHeader).mentioning("x-trace"),
				"Expected the console message to mention 'x-trace', but it does not.");
		assertFailure(() -> assertThat(this.allowedGet).mentioning("x-debug"), "logged nothing");
	}

	@Test
	void preflightAssertionsFailTheOtherWayRound() {
		assertFailure(() -> assertThat(this.allowedGet).wasPreflighted(),
				"Expected the browser to send a preflight, but the call needs none.");
		assertFailure(() -> assertThat(this.blockedHeader).wasNotPreflighted(),
				"Expected the browser to send the call without a preflight, but it sent one.");
	}

	@Test
	void exposesFailsNamingTheHeadersThePageCannotRead() {
		assertThat(this.allowedGet).exposes("etag");
		assertFailure(() -> assertThat(this.allowedGet).exposes("ETag", "X-Internal", "X-Request-ID"),
				"Expected the page to be able to read ETag, X-Internal, X-Request-ID, but it cannot read "
						+ "X-Internal (not in Access-Control-Expose-Headers), X-Request-ID (not in the response).");
		assertFailure(() -> assertThat(this.blockedHeader).exposes("ETag"), "but it cannot read ETag (the call is blocked).");
	}

	@Test
	void hasStatusFailsWithTheStatusAnsweredOrBecauseTheRequestWasNeverSent() {
		assertFailure(() -> assertThat(this.allowedGet).hasStatus(401),
				"Expected the response status 401, but the server answered 200.");
		assertFailure(() -> assertThat(this.blockedHeader).hasStatus(200),
				"Expected the response status 200, but the request was never sent.");
	}

	@Test
	void everyRefusedHeaderIsShownAndAsserted() {
		CorsOutcome outcome = this.page.put("/api/items").header("X-Debug", "1").header("X-Trace", "1").run();
		assertThat(outcome).refusingHeaders("X-Trace", "x-debug");
		assertFailure(() -> assertThat(outcome).refusingHeaders("x-debug"),
				"Expected the preflight to refuse the headers x-debug, but it refuses x-debug, x-trace.",
				"Likely cause: the preflight's Access-Control-Allow-Headers does not list x-debug, x-trace: add them to "
						+ "cors.allowed-headers",
				"Refused:      Request header field x-debug is not allowed",
				"Refused:      Request header field x-trace is not allowed");
	}

	@Test
	void descriptionLeadsTheMessage() {
		assertFailure(() -> assertThat(this.blockedHeader).as("saving an item").isAllowed(), "[saving an item] Expected");
	}

	@Test
	void missingOutcomeFails() {
		assertFailure(() -> new CorsOutcomeAssert(null).isAllowed(), "Expecting actual not to be null");
	}

	@Test
	void outcomeDescribesItselfAsInTheFailureMessage() {
		assertThat(this.blockedHeader).hasToString(OutcomeReport.describe(this.blockedHeader));
	}

	private static void assertFailure(ThrowingCallable assertion, String... fragments) {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(assertion)
			.satisfies((error) -> assertThat(error.getMessage()).contains(fragments));
	}

}
