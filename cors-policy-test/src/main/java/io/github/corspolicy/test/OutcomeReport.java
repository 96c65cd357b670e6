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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict;

/**
 * Tells what happened to a call, the way the doctor explains it: the console message, the likely
 * cause, and for each step the status and the CORS headers received.
 */
final class OutcomeReport {

	private static final String LABEL_FORMAT = "%-14s";

	private static final String INDENT = " ".repeat(14);

	private OutcomeReport() {
	}

	static String describe(CorsOutcome outcome) {
		StringBuilder report = new StringBuilder();
		line(report, "Call:", call(outcome.call()));
		BrowserVerdict verdict = outcome.verdict();
		if (verdict.allowed()) {
			line(report, "Verdict:", "allowed; the page can read " + readable(outcome));
		}
		else {
			line(report, "Console:", verdict.consoleMessage());
			line(report, "Likely cause:", PolicyAdvice.likelyCause(verdict, lastResponse(outcome)));
			if (verdict.reasons().size() > 1) {
				verdict.reasons().forEach((reason) -> line(report, "Refused:", reason));
			}
		}
		steps(report, outcome);
		return report.toString().stripTrailing();
	}

	private static void steps(StringBuilder report, CorsOutcome outcome) {
		if (outcome.steps().isEmpty()) {
			line(report, "Request:", "not sent, the browser refuses to send this call at all");
			return;
		}
		if (!outcome.preflighted()) {
			line(report, "Preflight:", "none, the browser sends this call without asking");
		}
		for (CorsStep step : outcome.steps()) {
			step(report, step.preflight() ? "Preflight:" : "Request:", step, outcome);
		}
		if (outcome.actual() == null) {
			line(report, "Request:", "not sent, the preflight failed");
		}
	}

	private static @Nullable BrowserResponse lastResponse(CorsOutcome outcome) {
		List<CorsStep> steps = outcome.steps();
		return steps.isEmpty() ? null : steps.get(steps.size() - 1).response();
	}

	private static String call(BrowserRequest call) {
		List<String> details = new ArrayList<>();
		if (call.credentials()) {
			details.add("credentials: include");
		}
		if (!call.headers().isEmpty()) {
			details.add("headers: " + String.join(", ", call.headers().keySet()));
		}
		String description = call.method() + " " + call.url() + " from " + call.origin();
		return details.isEmpty() ? description : description + " (" + String.join("; ", details) + ")";
	}

	private static String readable(CorsOutcome outcome) {
		return outcome.readableHeaders().isEmpty() ? "the status and body"
				: "the status, the body and " + String.join(", ", outcome.readableHeaders());
	}

	/** A step; its URL is shown when a redirect led to it. */
	private static void step(StringBuilder report, String label, CorsStep step, CorsOutcome outcome) {
		boolean elsewhere = !step.url().isEmpty() && !step.url().equals(outcome.call().url());
		line(report, label, step.method() + (elsewhere ? " " + step.url() : "")
				+ sentCorsHeaders(step, outcome.call().origin()));
		List<String> seen = corsHeaders(step.response().headers());
		report.append(INDENT).append("answered ").append(step.status())
			.append(seen.isEmpty() ? " with no Access-Control-* or Vary header" : " with").append('\n');
		seen.forEach((header) -> report.append(INDENT).append("  ").append(header).append('\n'));
		if (step.redirectedTo() != null) {
			report.append(INDENT).append("redirected to ").append(step.redirectedTo()).append('\n');
		}
	}

	/** The Access-Control-* request headers, and the Origin when a redirect changed it. */
	private static String sentCorsHeaders(CorsStep step, String origin) {
		List<String> sent = new ArrayList<>();
		step.sentHeaders().forEach((name, value) -> {
			if (name.startsWith("Access-Control-") || name.equals("Origin") && !value.equals(origin)) {
				sent.add(name + ": " + value);
			}
		});
		return sent.isEmpty() ? "" : " with " + String.join(", ", sent);
	}

	/** The response's {@code Access-Control-*} and {@code Vary} lines, as received. */
	private static List<String> corsHeaders(Map<String, List<String>> headers) {
		List<String> lines = new ArrayList<>();
		headers.forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.startsWith("access-control-") || lower.equals("vary")) {
				values.forEach((value) -> lines.add(name + ": " + value));
			}
		});
		return lines;
	}

	private static void line(StringBuilder report, String label, @Nullable String text) {
		report.append(String.format(LABEL_FORMAT, label)).append(text).append('\n');
	}

}
