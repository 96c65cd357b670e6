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
package io.github.corspolicy.core.internal;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.internal.PublicSuffixList.Section;
import io.github.corspolicy.core.internal.PublicSuffixList.Suffix;

/**
 * How many sites an origin pattern or regex admits: one registrable domain (or a few named hosts),
 * every name under a public suffix, or origins of unrelated sites. Decided once, at build time,
 * with the shipped {@link PublicSuffixList}.
 */
public final class SiteBreadth {

	/** The kinds of breadth, from safe to broad. */
	public enum Kind {

		/** Bounded to one registrable domain, or to a list of named hosts. */
		BOUNDED,

		/** Every name under a public suffix: each may belong to a different owner. */
		PUBLIC_SUFFIX,

		/** Matches origins of unrelated registrable domains, shown by a canary origin. */
		UNRELATED_SITES,

		/** Could not be checked against a canary origin within the step limit: treated as broad. */
		UNCHECKED

	}

	/**
	 * The breadth of one value.
	 *
	 * @param kind how broad
	 * @param suffix the public suffix at fault, or the canary that matched
	 * @param privateSuffix whether the suffix is from the list's PRIVATE section, which an owner
	 * may opt in to
	 * @param problem what is wrong, as the end of a sentence that starts with the value
	 * @param fix what to write instead
	 */
	public record Verdict(Kind kind, String suffix, boolean privateSuffix, String problem, String fix) {

		static final Verdict BOUNDED = new Verdict(Kind.BOUNDED, "", false, "", "");

		public boolean isBroad() {
			return this.kind != Kind.BOUNDED;
		}

	}

	private SiteBreadth() {
	}

	/** The breadth of {@code scheme://*.domain}: every name under {@code domain}. */
	static Verdict ofWildcard(String scheme, String domain) {
		@Nullable Suffix rule = publicSuffixAtOrBelow(domain);
		if (rule == null) {
			return Verdict.BOUNDED;
		}
		String problem = rule.domain().equals(domain)
				? "is broader than one registrable domain: anyone can own a name under '" + domain + "'"
				: "is broader than one registrable domain: '" + rule.domain() + "' under '" + domain
						+ "' is a public suffix, where anyone can own a name";
		return new Verdict(Kind.PUBLIC_SUFFIX, domain, rule.section() == Section.PRIVATE, problem,
				wildcardFix(scheme, rule));
	}

	/**
	 * The public suffix that makes names under {@code domain} belong to different owners:
	 * {@code domain} itself, or a rule below it; null when all names under it share one
	 * registrable domain. Names under {@code localhost} are all this machine (RFC 6761).
	 */
	static @Nullable Suffix publicSuffixAtOrBelow(String domain) {
		if (domain.equals("localhost") || domain.endsWith(".localhost")) {
			return null;
		}
		PublicSuffixList list = PublicSuffixList.shipped();
		Suffix suffix = list.publicSuffix(domain);
		if (suffix.domain().equals(domain)) {
			// the implicit rule '*' covers TLDs the list does not know: treated like ICANN ones
			return (suffix.section() == Section.DEFAULT) ? new Suffix(domain, Section.ICANN) : suffix;
		}
		return list.ruleBelow(domain);
	}

	private static String wildcardFix(String scheme, Suffix rule) {
		String suffix = rule.domain().startsWith("*.") ? "<name>." + rule.domain().substring(2) : rule.domain();
		if (rule.section() == Section.PRIVATE) {
			return "list your own sites' exact origins, such as " + scheme + "://myapp." + suffix
					+ ", or use an origin regex that matches only your project's names";
		}
		return "put your own domain after '*.', e.g. " + scheme + "://*.myapp." + suffix;
	}

}
