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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.doctor.checkup.Step;

/**
 * Which layer sends which value of a duplicated CORS header. With {@code --upstream}, the service
 * behind the gateway is asked directly: what it sends on its own is the service's, the rest the
 * gateway's. Without, only the response's signs of a proxy are named: no guess beyond them.
 */
final class Layering {

	private final UpstreamProbe upstream;

	Layering(UpstreamProbe upstream) {
		this.upstream = upstream;
	}

	/** Who sends what; the upstream is asked only when the step went to the URL it stands behind. */
	String explain(Step step, BrowserResponse response, List<DuplicatedHeader> duplicates, boolean askUpstream) {
		Optional<Step> direct = askUpstream ? this.upstream.resend(step) : Optional.empty();
		if (direct.isEmpty()) {
			return likely(response);
		}
		BrowserResponse answer = direct.get().response();
		if (answer == null) {
			return asked(direct.get()) + "gives no response: " + direct.get().exchange().failure()
					+ "; so which layer sends which is unknown: " + likely(response);
		}
		return duplicates.stream().map((duplicate) -> attribute(direct.get(), answer, duplicate))
			.collect(Collectors.joining("; "));
	}

	/** {@code asked directly, the upstream http://orders:8080/api/orders/7 }. */
	static String asked(Step direct) {
		return "asked directly, the upstream " + direct.url().toASCIIString() + " ";
	}

	private static String likely(BrowserResponse response) {
		List<String> signs = EdgeMarkers.intermediaries(response);
		String passed = signs.isEmpty() ? "no header names a gateway or proxy (Spring Cloud Gateway adds none by default)"
				: "the response passed through " + String.join(", ", signs);
		return "two layers add CORS headers, most likely a gateway or proxy in front and the service behind it, or two "
				+ "CORS handlers in one application; " + passed + "; run again with --upstream URL (the service behind the "
				+ "gateway) to see which layer sends which";
	}

	private static String attribute(Step direct, BrowserResponse answer, DuplicatedHeader duplicate) {
		String name = duplicate.name();
		List<String> own = DuplicatedHeader.values(answer.values(name));
		String asked = asked(direct);
		String status = " (" + direct.method() + " answered " + answer.status() + ")";
		if (own.isEmpty()) {
			return asked + "sends no " + name + status + ": both values come from the gateway or a layer in front of it";
		}
		String sent = "sends '" + name + ": " + String.join(", ", own) + "'" + status;
		List<String> added = remainder(duplicate.values(), own);
		if (added == null) {
			return asked + sent + ", which is not among the values that arrive through the gateway: a layer in between "
					+ "rewrites it";
		}
		return added.isEmpty() ? asked + "sends both values itself" + status + ": two CORS handlers in the service"
				: asked + sent + "; the gateway adds '" + String.join("' and '", added) + "'";
	}

	/** The values that are not the upstream's own, or {@code null} when the upstream sends one that did not arrive. */
	private static @Nullable List<String> remainder(List<String> received, List<String> own) {
		List<String> rest = new ArrayList<>(received);
		for (String value : own) {
			if (!rest.remove(value)) {
				return null;
			}
		}
		return rest;
	}

}
