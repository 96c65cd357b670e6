package io.github.corspolicy.doctor.diagnosis;

import java.util.Locale;

/**
 * Whether a finding makes the call fail in a browser.
 */
public enum Severity {

	/** The browser blocks the call, or the doctor cannot tell that it would not. */
	ERROR,

	/** The call works now, but may fail for another page or behind a cache. */
	WARNING;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
