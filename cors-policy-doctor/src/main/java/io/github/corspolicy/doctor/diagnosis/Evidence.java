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

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.doctor.checkup.Step;

/**
 * Phrases shared by the findings' evidence.
 */
final class Evidence {

	static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

	private Evidence() {
	}

	static boolean ok(int status) {
		return status >= 200 && status <= 299;
	}

	/** A header's value in quotes, or {@code absent}. */
	static String value(BrowserResponse response, String name) {
		@Nullable String value = response.value(name);
		return (value != null) ? "'" + value + "'" : "absent";
	}

	/** How a probe went: its status, or why it got no response. */
	static String outcome(Step probe) {
		BrowserResponse response = probe.response();
		return (response != null) ? String.valueOf(response.status()) : "no response: " + probe.exchange().failure();
	}

	/** Whether a CORS handler wrote this response: it varies on the CORS request headers, or says so in its body. */
	static boolean writtenByCorsHandler(Step step, BrowserResponse response) {
		@Nullable String vary = response.value("Vary");
		String varyNames = (vary != null) ? vary.toLowerCase(Locale.ROOT) : "";
		boolean varies = varyNames.contains("origin") || varyNames.contains("access-control-request");
		return varies || step.exchange().body().toLowerCase(Locale.ROOT).contains("cors");
	}

}
