package io.github.corspolicy.core.internal;

/**
 * Turns a client-controlled value into something safe to put in a log line or a message:
 * bounded in length, printable ASCII only, quoted.
 */
public final class LogSafe {

	private static final int MAX_SHOWN = 100;

	private LogSafe() {
	}

	public static String quote(String value) {
		int shown = Math.min(value.length(), MAX_SHOWN);
		StringBuilder out = new StringBuilder(shown + 24).append('\'');
		for (int i = 0; i < shown; i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
				out.append(c);
			}
			else {
				out.append(String.format("\\u%04x", (int) c));
			}
		}
		out.append('\'');
		if (value.length() > shown) {
			out.append("... (").append(value.length()).append(" characters)");
		}
		return out.toString();
	}

}
