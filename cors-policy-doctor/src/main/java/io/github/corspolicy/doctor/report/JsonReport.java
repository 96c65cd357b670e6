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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict;
import io.github.corspolicy.core.browser.CorsBrowser;
import io.github.corspolicy.doctor.checkup.Step;
import io.github.corspolicy.doctor.checkup.StepKind;
import io.github.corspolicy.doctor.checkup.Walkthrough;
import io.github.corspolicy.doctor.diagnosis.Finding;

/**
 * The report for machines: the same content as the text, as one JSON object.
 */
public final class JsonReport {

	private JsonReport() {
	}

	public static String render(Report report) {
		Walkthrough walk = report.walkthrough();
		BrowserRequest request = walk.request();
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("url", request.url());
		json.put("upstream", (report.upstream() != null) ? report.upstream().toASCIIString() : null);
		json.put("origin", request.origin());
		json.put("method", request.method());
		json.put("credentials", request.credentials());
		json.put("pageHeaders", List.copyOf(request.headers().keySet()));
		json.put("preflightNeeded", walk.preflightNeeded());
		json.put("preflightReasons", walk.preflightReasons());
		json.put("steps", walk.steps().stream().map((step) -> step(request, step)).toList());
		json.put("requestSent", walk.requestSent());
		json.put("note", walk.requestSent() ? null : TextReport.NOT_SENT);
		json.put("findings", report.findings().stream().map(JsonReport::finding).toList());
		json.put("browserSucceeds", report.browserSucceeds());
		json.put("exitCode", report.exitCode());
		return Json.write(json);
	}

	private static Map<String, @Nullable Object> step(BrowserRequest request, Step step) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("step", step.kind().label());
		json.put("method", step.method());
		json.put("url", step.url().toASCIIString());
		json.put("requestHeaders", requestHeaders(step));
		BrowserResponse response = step.response();
		json.put("status", (response != null) ? response.status() : null);
		json.put("failure", step.exchange().failure());
		json.put("responseHeaders", (response != null) ? ShownHeaders.of(response) : Map.of());
		String body = Printable.excerpt(step.exchange().body());
		json.put("body", body.isEmpty() ? null : body);
		json.put("verdict", verdict(step.verdict()));
		json.put("redirectedTo", (step.redirectedTo() != null) ? step.redirectedTo().toASCIIString() : null);
		json.put("readableHeaders", (response != null && step.passed() && step.kind() == StepKind.REQUEST)
				? List.copyOf(CorsBrowser.readableHeaders(request, response)) : null);
		return json;
	}

	/** The CORS request headers with their values; the page's other headers by name only. */
	private static Map<String, String> requestHeaders(Step step) {
		Map<String, String> json = new LinkedHashMap<>();
		step.sentHeaders().forEach((name, value) -> json.put(name,
				ShownHeaders.isShownRequestHeader(name) ? value : "(not shown)"));
		return json;
	}

	private static @Nullable Map<String, @Nullable Object> verdict(@Nullable BrowserVerdict verdict) {
		if (verdict == null) {
			return null;
		}
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("allowed", verdict.allowed());
		json.put("failure", (verdict.failure() != null) ? verdict.failure().name() : null);
		json.put("consoleMessage", verdict.consoleMessage());
		json.put("likelyCause", verdict.likelyCause());
		return json;
	}

	private static Map<String, Object> finding(Finding finding) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", finding.id());
		json.put("severity", finding.severity().label());
		json.put("step", finding.step().label());
		json.put("evidence", finding.evidence());
		json.put("fix", finding.fix());
		return json;
	}

}
