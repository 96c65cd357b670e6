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
package io.github.corspolicy.doctor.diagnosis;

import java.util.Objects;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict.Failure;
import io.github.corspolicy.doctor.checkup.Step;

/**
 * The findings that follow from the browser's verdict alone, with the response headers as evidence.
 */
final class VerdictFindings {

	private VerdictFindings() {
	}

	static Finding of(BrowserRequest request, Step step, BrowserResponse response) {
		Failure failure = Objects.requireNonNull(Objects.requireNonNull(step.verdict()).failure());
		return switch (failure) {
			case MULTIPLE_ALLOW_ORIGIN -> Problem.MULTIPLE_ALLOW_ORIGIN.at(step, multipleAllowOrigin(response));
			case WILDCARD_WITH_CREDENTIALS -> Problem.WILDCARD_WITH_CREDENTIALS.at(step,
					"Access-Control-Allow-Origin is '*' on a call with credentials");
			case ALLOW_ORIGIN_MISMATCH -> Problem.ALLOW_ORIGIN_MISMATCH.at(step, "Access-Control-Allow-Origin is "
					+ Evidence.value(response, Evidence.ALLOW_ORIGIN) + ", but the page's origin is '" + request.origin() + "'");
			case MISSING_ALLOW_CREDENTIALS -> Problem.MISSING_ALLOW_CREDENTIALS.at(step, "Access-Control-Allow-Credentials is "
					+ Evidence.value(response, "Access-Control-Allow-Credentials") + " on a call with credentials");
			case METHOD_NOT_ALLOWED -> Problem.METHOD_NOT_ALLOWED.at(step, "Access-Control-Allow-Methods is "
					+ Evidence.value(response, "Access-Control-Allow-Methods") + "; the preflight asked for " + request.method());
			case HEADER_NOT_ALLOWED -> Problem.HEADER_NOT_ALLOWED.at(step, "Access-Control-Allow-Headers is "
					+ Evidence.value(response, "Access-Control-Allow-Headers") + "; the preflight asked for '"
					+ step.sentHeaders().get("Access-Control-Request-Headers") + "', of which it refuses "
					+ String.join(", ", step.verdict().refusedHeaders()));
			case INVALID_ALLOW_LIST -> Problem.INVALID_ALLOW_LIST.at(step, "Access-Control-Allow-Methods is "
					+ Evidence.value(response, "Access-Control-Allow-Methods") + " and Access-Control-Allow-Headers is "
					+ Evidence.value(response, "Access-Control-Allow-Headers"));
			case PREFLIGHT_STATUS -> Problem.PREFLIGHT_INTERCEPTED.at(step, "OPTIONS was answered " + response.status()
					+ ", not a 2xx status, although with CORS headers: something after the CORS handler answered it");
			case MISSING_ALLOW_ORIGIN -> Problem.ORIGIN_NOT_ALLOWED.at(step,
					"the " + response.status() + " response carries no Access-Control-Allow-Origin");
			case PREFLIGHT_REDIRECTED -> Problem.PREFLIGHT_REDIRECTED.at(step, "answered " + response.status()
					+ " with Location " + Evidence.value(response, "Location"));
			case REDIRECT_INVALID_LOCATION, REDIRECT_WITH_CREDENTIALS, TOO_MANY_REDIRECTS -> Problem.REDIRECT_REFUSED.at(step,
					"answered " + response.status() + " with Location " + Evidence.value(response, "Location") + ": "
							+ step.verdict().consoleMessage());
			case MISSING_ALLOW_PRIVATE_NETWORK -> Problem.PRIVATE_NETWORK_NOT_ALLOWED.at(step,
					"Access-Control-Allow-Private-Network is " + Evidence.value(response, "Access-Control-Allow-Private-Network")
							+ " on a private network preflight");
			case INSECURE_PRIVATE_NETWORK -> Problem.PRIVATE_NETWORK_FROM_INSECURE_PAGE.at(step, "the page is not secure");
			case NO_RESPONSE -> Problem.CONNECTION_FAILED.at(step, "no response: " + step.exchange().failure());
		};
	}

	/** Only reached for a response that the diagnostician's duplicate check did not explain. */
	private static String multipleAllowOrigin(BrowserResponse response) {
		return Evidence.ALLOW_ORIGIN + " is " + Evidence.value(response, Evidence.ALLOW_ORIGIN) + ", more than one value";
	}

}
