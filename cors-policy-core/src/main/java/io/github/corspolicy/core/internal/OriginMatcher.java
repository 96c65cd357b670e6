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

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a request's Origin is allowed: exact origins by hash lookup (constant time
 * however many), then wildcard patterns by suffix, then full-match regular expressions. Values
 * that are too long or not a serialized origin as browsers send it (upper case, an IP address in a
 * non-canonical form, an explicit default port) never reach a pattern or a regex.
 */
public final class OriginMatcher {

	/** What the matcher found. */
	public enum Verdict {

		ALLOWED, NOT_ALLOWED, NULL_ORIGIN, TOO_LONG, SEVERAL_VALUES, MALFORMED

	}

	private final boolean anyOrigin;

	private final ExactOriginSet exact;

	private final OriginPattern[] patterns;

	private final Pattern[] regexes;

	/**
	 * @param exact the exact origins, which the matcher keeps and only reads from then on
	 */
	public OriginMatcher(boolean anyOrigin, ExactOriginSet exact, List<OriginPattern> patterns,
			List<Pattern> regexes) {
		this.anyOrigin = anyOrigin;
		this.exact = exact;
		this.patterns = patterns.toArray(new OriginPattern[0]);
		this.regexes = regexes.toArray(new Pattern[0]);
	}

	public Verdict match(String origin) {
		if (this.anyOrigin) {
			return Verdict.ALLOWED;
		}
		if (origin.length() > OriginSyntax.MAX_LENGTH) {
			return Verdict.TOO_LONG;
		}
		if (this.exact.contains(origin)) {
			return Verdict.ALLOWED;
		}
		if (origin.equals("null")) {
			return Verdict.NULL_ORIGIN;
		}
		if (origin.indexOf(',') >= 0) {
			return Verdict.SEVERAL_VALUES;
		}
		if (!OriginSyntax.isWellFormed(origin)) {
			return Verdict.MALFORMED;
		}
		return matchesPatternOrRegex(origin) ? Verdict.ALLOWED : Verdict.NOT_ALLOWED;
	}

	private boolean matchesPatternOrRegex(String origin) {
		for (OriginPattern pattern : this.patterns) {
			if (pattern.matches(origin)) {
				return true;
			}
		}
		for (Pattern regex : this.regexes) {
			// full match whether or not the user anchored the expression
			if (regex.matcher(origin).matches()) {
				return true;
			}
		}
		return false;
	}

}
