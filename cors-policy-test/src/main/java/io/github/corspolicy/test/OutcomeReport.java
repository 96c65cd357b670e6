package io.github.corspolicy.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserRequest;
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
			line(report, "Likely cause:", verdict.likelyCause());
		}
		step(report, "Preflight:", outcome.preflight(), "none, the browser sends this call without asking");
		step(report, "Request:", outcome.actual(), "not sent, the preflight failed");
		return report.toString().stripTrailing();
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

	private static void step(StringBuilder report, String label, @Nullable CorsStep step, String absent) {
		if (step == null) {
			line(report, label, absent);
			return;
		}
		line(report, label, step.method() + sentCorsHeaders(step));
		List<String> seen = corsHeaders(step.response().headers());
		report.append(INDENT).append("answered ").append(step.status())
			.append(seen.isEmpty() ? " with no Access-Control-* or Vary header" : " with").append('\n');
		seen.forEach((header) -> report.append(INDENT).append("  ").append(header).append('\n'));
	}

	private static String sentCorsHeaders(CorsStep step) {
		List<String> sent = new ArrayList<>();
		step.sentHeaders().forEach((name, value) -> {
			if (name.startsWith("Access-Control-")) {
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
