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

import java.util.Map;
import java.util.Objects;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict.Failure;
import io.github.corspolicy.doctor.checkup.Step;
import io.github.corspolicy.doctor.checkup.StepKind;
import io.github.corspolicy.doctor.checkup.Walkthrough;

/**
 * A response without the page's origin in {@code Access-Control-Allow-Origin}. On an error, the
 * question is whether the origin is allowed at all: the preflight says so, or else a probe preflight.
 */
final class UncoveredResponse {

	private final PreflightProbe probe;

	UncoveredResponse(PreflightProbe probe) {
		this.probe = probe;
	}

	Finding explain(Walkthrough walk, Step step, BrowserResponse response) {
		boolean missing = Objects.requireNonNull(step.verdict()).failure() == Failure.MISSING_ALLOW_ORIGIN;
		if (response.status() < 400) {
			return missing ? withoutError(walk, step, response) : VerdictFindings.of(walk.request(), step, response);
		}
		String error = missing ? "the " + response.status() + " response carries no Access-Control-Allow-Origin"
				: "the " + response.status() + " response has Access-Control-Allow-Origin "
						+ Evidence.value(response, Evidence.ALLOW_ORIGIN) + ", not the page's origin";
		if (walk.step(StepKind.PREFLIGHT).isPresent()) {
			return Problem.ERROR_WITHOUT_CORS_HEADERS.at(step, error + ", though the preflight allowed the origin");
		}
		Step probe = this.probe.preflight(withoutHeaders(walk.request()));
		if (probe.passed()) {
			return Problem.ERROR_WITHOUT_CORS_HEADERS.at(step, error + ", though a probe preflight from this origin is "
					+ "accepted (" + Evidence.outcome(probe) + ")");
		}
		return missing ? Problem.ORIGIN_NOT_ALLOWED.at(step, error + ", and a probe preflight from this origin is refused "
				+ "too (" + Evidence.outcome(probe) + ")") : VerdictFindings.of(walk.request(), step, response);
	}

	private static Finding withoutError(Walkthrough walk, Step step, BrowserResponse response) {
		String missing = "the " + response.status() + " response carries no Access-Control-Allow-Origin";
		if (walk.step(StepKind.PREFLIGHT).isPresent()) {
			return Problem.RESPONSE_WITHOUT_CORS_HEADERS.at(step, "the preflight allowed the origin, but " + missing);
		}
		return Problem.ORIGIN_NOT_ALLOWED.at(step, missing + ": the origin is not allowed, or no CORS handler covers this path");
	}

	private static BrowserRequest withoutHeaders(BrowserRequest request) {
		return new BrowserRequest(request.url(), request.origin(), request.method(), Map.of(), request.credentials());
	}

}
