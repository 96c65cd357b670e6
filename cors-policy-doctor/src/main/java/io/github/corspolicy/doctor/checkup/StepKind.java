package io.github.corspolicy.doctor.checkup;

import java.util.Locale;

/**
 * The two requests a browser may send for one call.
 */
public enum StepKind {

	/** The {@code OPTIONS} request a browser sends first for a call that is not simple. */
	PREFLIGHT,

	/** The call itself. */
	REQUEST;

	/** The lower-case name, as used in reports. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
