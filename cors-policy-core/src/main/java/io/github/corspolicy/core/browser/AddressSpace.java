package io.github.corspolicy.core.browser;

import java.util.Locale;

/**
 * The IP address spaces more private than {@code public} (Private Network Access, "IP address
 * space"): a public page that calls into one of them sends a private network preflight first.
 */
public enum AddressSpace {

	/** Private addresses such as 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16. */
	PRIVATE,

	/** The loopback addresses, 127.0.0.0/8 and ::1: the user's own machine. */
	LOCAL;

	/** The name Chromium's messages use, {@code private} or {@code local}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
