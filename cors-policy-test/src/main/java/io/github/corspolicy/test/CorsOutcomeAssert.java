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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserVerdict.Failure;

/**
 * Assertions on a {@link CorsOutcome}, read as sentences:
 * {@code assertThat(outcome).isBlocked().because(Failure.HEADER_NOT_ALLOWED).mentioning("x-debug")}.
 * A failure shows the browser's console message, the likely cause, and the status and CORS headers
 * of each step.
 */
public final class CorsOutcomeAssert extends AbstractAssert<CorsOutcomeAssert, CorsOutcome> {

	public CorsOutcomeAssert(@Nullable CorsOutcome actual) {
		super(actual, CorsOutcomeAssert.class);
	}

	/** The browser lets the page read the response, whatever its status. */
	public CorsOutcomeAssert isAllowed() {
		return check(outcome().allowed(), "Expected the browser to let the page read the response, but it blocked the call");
	}

	/** The browser blocks the call: {@code fetch()} rejects with a {@code TypeError}. */
	public CorsOutcomeAssert isBlocked() {
		return check(!outcome().allowed(), "Expected the browser to block the call, but it let the page read the response");
	}

	/** The browser blocks the call for this reason. */
	public CorsOutcomeAssert because(Failure failure) {
		Failure actual = outcome().failure();
		return check(actual == failure, "Expected the browser to block the call because of " + failure + ", but "
				+ ((actual != null) ? "it blocked it because of " + actual : "it let the page read the response"));
	}

	/** The browser's console message contains the text, ignoring case. */
	public CorsOutcomeAssert mentioning(String text) {
		String message = outcome().verdict().consoleMessage();
		boolean mentioned = message != null && message.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
		return check(mentioned, "Expected the console message to mention '" + text + "', but "
				+ ((message != null) ? "it does not" : "the browser let the page read the response and logged nothing"));
	}

	/**
	 * The preflight refuses exactly these request headers, ignoring case: every one of them, where
	 * the console names only the first.
	 */
	public CorsOutcomeAssert refusingHeaders(String... headerNames) {
		List<String> expected = Arrays.stream(headerNames).map((name) -> name.toLowerCase(Locale.ROOT)).sorted().toList();
		List<String> refused = outcome().verdict().refusedHeaders();
		return check(refused.equals(expected), "Expected the preflight to refuse the headers " + String.join(", ", expected)
				+ ", but it refuses " + (refused.isEmpty() ? "none" : String.join(", ", refused)));
	}

	/** The browser sent a preflight before the call. */
	public CorsOutcomeAssert wasPreflighted() {
		return check(outcome().preflighted(), "Expected the browser to send a preflight, but the call needs none");
	}

	/** The browser sent the call without a preflight. */
	public CorsOutcomeAssert wasNotPreflighted() {
		return check(!outcome().preflighted(), "Expected the browser to send the call without a preflight, but it sent one");
	}

	/**
	 * The page can read these response headers: the response carries them and they are exposed
	 * ({@code Access-Control-Expose-Headers}) or safelisted.
	 */
	public CorsOutcomeAssert exposes(String... headerNames) {
		List<String> hidden = Arrays.stream(headerNames)
			.filter((name) -> !outcome().readableHeaders().contains(name))
			.map(this::whyHidden)
			.toList();
		return check(hidden.isEmpty(), "Expected the page to be able to read " + String.join(", ", headerNames)
				+ ", but it cannot read " + String.join(", ", hidden));
	}

	/**
	 * The server answered the actual request with this status. The page sees it only when the call
	 * is also {@link #isAllowed() allowed}.
	 */
	public CorsOutcomeAssert hasStatus(int status) {
		CorsStep step = outcome().actual();
		if (step == null) {
			return check(false, "Expected the response status " + status + ", but the request was never sent");
		}
		return check(step.status() == status,
				"Expected the response status " + status + ", but the server answered " + step.status());
	}

	private String whyHidden(String name) {
		CorsStep step = this.actual.actual();
		if (step == null || !step.verdict().allowed()) {
			return name + " (the call is blocked)";
		}
		return name + ((step.response().value(name) == null) ? " (not in the response)"
				: " (not in Access-Control-Expose-Headers)");
	}

	private CorsOutcome outcome() {
		isNotNull();
		return this.actual;
	}

	private CorsOutcomeAssert check(boolean condition, String expectation) {
		if (!condition) {
			failWithMessage("%s.\n\n%s", expectation, this.actual);
		}
		return this.myself;
	}

}
