package io.github.corspolicy.core;

import io.github.corspolicy.core.internal.LogSafe;

/**
 * Client-controlled text made safe for a log line or a message: bounded in length, printable ASCII
 * only, quoted. The public face of the core's own log-safe quoting, for the adapters that log
 * request values.
 */
public final class LogSafeText {

	private LogSafeText() {
	}

	/** The value quoted, such as {@code 'https://evil.example\u000a'}, cut after 100 characters. */
	public static String quote(String value) {
		return LogSafe.quote(value);
	}

}
