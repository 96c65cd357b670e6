package io.github.corspolicy.spring.archfixture;

import io.github.corspolicy.core.internal.LogSafe;

/** Breaks the rule on purpose: the core's internals used outside the core. */
public final class HelperQuotingWithTheCoresInternals {

	public String quoted(String value) {
		return LogSafe.quote(value);
	}

}
