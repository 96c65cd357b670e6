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
