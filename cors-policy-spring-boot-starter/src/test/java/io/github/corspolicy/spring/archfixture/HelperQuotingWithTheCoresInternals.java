package io.github.corspolicy.spring.archfixture;

import io.github.corspolicy.core.internal.HttpSyntax;

/** Breaks the rule on purpose: the core's internals used outside the core. */
public final class HelperQuotingWithTheCoresInternals {

	public boolean isToken(String value) {
		return HttpSyntax.isToken(value);
	}

}
