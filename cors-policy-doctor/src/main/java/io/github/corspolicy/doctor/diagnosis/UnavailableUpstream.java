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

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.doctor.checkup.Step;
import io.github.corspolicy.doctor.checkup.Walkthrough;

/**
 * A 502, 503 or 504 without any CORS header. RFC 9110 (sections 15.6.3 to 15.6.5) makes 502 and 504
 * the answers of a gateway or proxy whose upstream failed or was too slow, and 503 that of a server
 * that cannot serve now, often a load balancer without an instance: the gateway wrote the answer
 * itself, so the service's CORS headers are not on it, whatever the vendor (none needs to leave a mark).
 */
final class UnavailableUpstream {

	private static final Map<Integer, String> CAUSES = Map.of(
			502, "the service behind it refuses the connection or sends an invalid answer",
			503, "no instance of the service behind it is available, or the service itself is overloaded or stopping",
			504, "the service behind it does not answer in time");

	private final UpstreamProbe upstream;

	UnavailableUpstream(UpstreamProbe upstream) {
		this.upstream = upstream;
	}

	static boolean recognises(BrowserResponse response) {
		return CAUSES.containsKey(response.status()) && !response.hasCorsHeaders();
	}

	Finding explain(Walkthrough walk, Step step, BrowserResponse response) {
		int status = response.status();
		String evidence = "answered " + status + " without any CORS header: a gateway, proxy or load balancer answers "
				+ status + " itself when " + CAUSES.get(status) + ", and its own errors carry no CORS headers unless it "
				+ "adds them; the page sees a CORS error instead of the " + status;
		List<String> signs = EdgeMarkers.intermediaries(response);
		if (!signs.isEmpty()) {
			evidence += "; the response passed through " + String.join(", ", signs);
		}
		return Problem.UPSTREAM_UNAVAILABLE.at(step, evidence + direct(walk, step));
	}

	/** What the upstream answers when asked directly, if it may be asked. */
	private String direct(Walkthrough walk, Step step) {
		if (!step.url().toString().equals(walk.request().url())) {
			return "";
		}
		Optional<Step> direct = this.upstream.resend(step);
		if (direct.isEmpty()) {
			return "";
		}
		BrowserResponse answer = direct.get().response();
		return "; " + Layering.asked(direct.get()) + ((answer != null)
				? "answers " + direct.get().method() + " with " + answer.status() + ": the gateway cannot reach it, or "
						+ "gives up before it answers"
				: "gives no response: " + direct.get().exchange().failure());
	}

}
