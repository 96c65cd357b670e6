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
package io.github.corspolicy.doctor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict;
import io.github.corspolicy.core.browser.CorsBrowser;
import io.github.corspolicy.doctor.checkup.Checkup;
import io.github.corspolicy.doctor.checkup.Step;
import io.github.corspolicy.doctor.checkup.StepKind;
import io.github.corspolicy.doctor.checkup.Walkthrough;
import io.github.corspolicy.doctor.diagnosis.Finding;
import io.github.corspolicy.doctor.diagnosis.Severity;

/**
 * The report for people: the call, one block per step, the diagnosis and the result.
 */
public final class TextReport {

	static final String NOT_SENT = "not sent: a browser does not send the request after a failed preflight";

	private final List<String> lines = new ArrayList<>();

	private TextReport() {
	}

	public static String render(Report report) {
		TextReport text = new TextReport();
		text.write(report);
		return String.join("\n", text.lines) + "\n";
	}

	private void write(Report report) {
		Walkthrough walk = report.walkthrough();
		call(walk);
		if (report.upstream() != null) {
			line("  upstream: " + report.upstream().toASCIIString());
		}
		walk.steps().forEach((step) -> step(walk.request(), step));
		if (!walk.requestSent()) {
			line("");
			line("REQUEST  " + walk.request().method() + " " + walk.request().url());
			line("  " + NOT_SENT);
		}
		diagnosis(report.findings());
		result(report);
	}

	private void call(Walkthrough walk) {
		BrowserRequest request = walk.request();
		line("cors-doctor: " + request.method() + " " + request.url());
		line("  from origin " + request.origin() + (request.credentials() ? ", with credentials" : ", without credentials"));
		if (!request.headers().isEmpty()) {
			line("  the page sets: " + String.join(", ", request.headers().keySet()));
		}
		Map<String, String> sent = Checkup.requestHeaders(request);
		request.headers().keySet().stream()
			.filter((name) -> sent.keySet().stream().noneMatch(name::equalsIgnoreCase))
			.forEach((name) -> line("  the browser drops " + name + ": a page cannot set it"));
		List<String> reasons = walk.preflightReasons();
		line(reasons.isEmpty() ? "  no preflight: a browser sends this request straight away"
				: "  a browser sends a preflight first: " + String.join("; ", reasons));
	}

	private void step(BrowserRequest request, Step step) {
		line("");
		line(step.kind().name() + "  " + step.method() + " " + step.url().toASCIIString());
		requestHeaders(step);
		BrowserResponse response = step.response();
		if (response == null) {
			line("  < no response: " + step.exchange().failure());
			line("  verdict: BLOCKED, no response");
			return;
		}
		response(step, response);
		verdict(request, step, response);
		if (step.redirectedTo() != null) {
			line("  followed to " + step.redirectedTo().toASCIIString());
		}
	}

	/** The CORS request headers with their values, then the page's other headers by name only. */
	private void requestHeaders(Step step) {
		step.sentHeaders().forEach((name, value) -> {
			if (ShownHeaders.isShownRequestHeader(name)) {
				line("  > " + name + ": " + value);
			}
		});
		step.sentHeaders().keySet().stream()
			.filter((name) -> !ShownHeaders.isShownRequestHeader(name))
			.forEach((name) -> line("  > " + name + ": (not shown)"));
	}

	private void response(Step step, BrowserResponse response) {
		line("  < status " + response.status());
		ShownHeaders.of(response).forEach((name, values) -> values.forEach((value) -> line("  < " + name + ": " + value)));
		String body = Printable.excerpt(step.exchange().body());
		if (response.status() >= 300 && !body.isEmpty()) {
			line("  < body: " + body);
		}
	}

	private void verdict(BrowserRequest request, Step step, BrowserResponse response) {
		BrowserVerdict verdict = Objects.requireNonNull(step.verdict());
		if (!verdict.allowed()) {
			line("  verdict: BLOCKED");
			line("  console: " + verdict.consoleMessage());
		}
		else if (step.redirectedTo() != null) {
			line("  verdict: allowed, the browser follows the redirect");
		}
		else if (step.kind() == StepKind.PREFLIGHT) {
			line("  verdict: allowed, the browser sends the request");
		}
		else {
			line("  verdict: allowed, the page can read the response");
			line("  readable headers: " + String.join(", ", CorsBrowser.readableHeaders(request, response)));
		}
	}

	private void diagnosis(List<Finding> findings) {
		line("");
		line("DIAGNOSIS");
		if (findings.isEmpty()) {
			line("  no problems found");
		}
		for (Finding finding : findings) {
			line("  " + finding.severity().name() + "  " + finding.id() + " (" + finding.step().label() + ")");
			line("    evidence: " + finding.evidence());
			line("    fix: " + finding.fix());
		}
	}

	private void result(Report report) {
		long warnings = report.count(Severity.WARNING);
		String outcome = report.browserSucceeds() ? "the call works in a browser" : "the call fails in a browser";
		String withWarnings = (warnings == 0) ? "" : ", with " + warnings + ((warnings == 1) ? " warning" : " warnings");
		line("");
		line("RESULT  " + outcome + withWarnings + " (exit " + report.exitCode() + ")");
	}

	private void line(String line) {
		this.lines.add(Printable.text(line));
	}

}
