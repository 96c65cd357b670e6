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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.doctor.checkup.Step;

/**
 * A preflight answered without {@code Access-Control-Allow-Origin}. CORS handlers refuse a
 * preflight without saying why, so the doctor sends smaller preflights to find out: one for a GET
 * without headers (is the origin allowed?), one for the method alone, then one per header.
 */
final class RejectedPreflight {

	private final PreflightProbe probe;

	RejectedPreflight(PreflightProbe probe) {
		this.probe = probe;
	}

	Finding explain(BrowserRequest request, Step step, BrowserResponse response) {
		int status = response.status();
		if (!Evidence.ok(status) && status != 403) {
			return Problem.PREFLIGHT_INTERCEPTED.at(step, intercepted(response));
		}
		Step plain = this.probe.preflight(withHeaders(request, "GET", Map.of()));
		if (!plain.passed()) {
			return originOrIntercepted(step, response, plain);
		}
		return methodOrHeaders(request, step, "the preflight was refused with " + status
				+ ", but a probe preflight for GET without headers is accepted (" + Evidence.outcome(plain) + ")");
	}

	/** The origin is allowed: the method, or some header, is not. */
	private Finding methodOrHeaders(BrowserRequest request, Step step, String originAccepted) {
		Step method = this.probe.preflight(withHeaders(request, request.method(), Map.of()));
		if (!method.passed()) {
			return Problem.METHOD_NOT_ALLOWED.at(step, originAccepted + " and one for " + request.method()
					+ " without headers is refused (" + Evidence.outcome(method) + ")");
		}
		List<String> refused = refusedHeaders(request, step);
		if (!refused.isEmpty()) {
			return Problem.HEADER_NOT_ALLOWED.at(step, originAccepted + " and one asking for "
					+ String.join(", ", refused) + " alone is refused");
		}
		return Problem.PREFLIGHT_REJECTED.at(step, originAccepted + ", and so is one for each header alone");
	}

	private static String intercepted(BrowserResponse response) {
		int status = response.status();
		String reason = switch (status) {
			case 401, 407 -> ": authentication answered it, not a CORS handler"
					+ ((response.value("WWW-Authenticate") != null) ? " (WWW-Authenticate: "
							+ response.value("WWW-Authenticate") + ")" : "");
			case 404, 405 -> ": nothing answers OPTIONS on this path, so no CORS handler covers it";
			default -> ": the preflight failed before or inside the CORS handler";
		};
		return "OPTIONS was answered " + status + " without Access-Control-Allow-Origin" + reason;
	}

	private static Finding originOrIntercepted(Step step, BrowserResponse response, Step plain) {
		String refusedToo = "a probe preflight for GET without headers is refused too (" + Evidence.outcome(plain) + ")";
		if (Evidence.ok(response.status())) {
			return Problem.ORIGIN_NOT_ALLOWED.at(step, "OPTIONS was answered " + response.status() + " without "
					+ "Access-Control-Allow-Origin, and " + refusedToo + ": nothing on this path allows this origin");
		}
		if (Evidence.writtenByCorsHandler(step, response)) {
			return Problem.ORIGIN_NOT_ALLOWED.at(step, "the CORS handler refused the preflight with 403 (Vary: "
					+ response.value("Vary") + "), and " + refusedToo + ": the origin is not allowed");
		}
		return Problem.PREFLIGHT_INTERCEPTED.at(step, "OPTIONS was answered 403 without CORS headers or Vary: Origin, "
				+ "and " + refusedToo + ": a layer before the CORS handler (authentication, CSRF protection, a firewall) "
				+ "answers preflights, unless a CORS handler refuses this origin without saying so");
	}

	/** The requested headers that a preflight refuses when it asks for them alone. */
	private List<String> refusedHeaders(BrowserRequest request, Step step) {
		List<String> requested = Arrays.asList(step.sentHeaders().getOrDefault("Access-Control-Request-Headers", "").split(","));
		List<String> refused = new ArrayList<>();
		request.headers().forEach((name, value) -> {
			if (requested.stream().anyMatch(name::equalsIgnoreCase)
					&& !this.probe.preflight(withHeaders(request, request.method(), Map.of(name, value))).passed()) {
				refused.add(name);
			}
		});
		return refused;
	}

	private static BrowserRequest withHeaders(BrowserRequest request, String method, Map<String, String> headers) {
		return new BrowserRequest(request.url(), request.origin(), method, headers, request.credentials());
	}

}
