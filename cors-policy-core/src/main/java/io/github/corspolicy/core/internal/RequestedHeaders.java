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

/**
 * Reads {@code Access-Control-Request-Headers}: a comma-separated list whose elements may carry
 * optional white space and may be empty (RFC 9110 section 5.6.1), possibly combined from several
 * header lines. Scans once, allocates only to report a problem.
 */
public final class RequestedHeaders {

	/** More elements than any browser sends; a longer list is refused before further work. */
	public static final int MAX_ELEMENTS = 100;

	private RequestedHeaders() {
	}

	/** Why a list was refused, and the element at fault. */
	public record Problem(Kind kind, String element) {

		public enum Kind {

			NOT_A_TOKEN, TOO_MANY, NOT_ALLOWED

		}

	}

	/**
	 * Checks every element of the list.
	 * @param allowed the allowed names, or {@code null} when any well-formed name is allowed
	 * @return {@code null} when the list is acceptable
	 */
	public static @Nullable Problem check(CharSequence list, @Nullable HeaderNameSet allowed) {
		int length = list.length();
		int elements = 0;
		int start = 0;
		while (start <= length) {
			int end = start;
			while (end < length && list.charAt(end) != ',') {
				end++;
			}
			if (++elements > MAX_ELEMENTS) {
				return new Problem(Problem.Kind.TOO_MANY, String.valueOf(MAX_ELEMENTS));
			}
			Problem problem = checkElement(list, start, end, allowed);
			if (problem != null) {
				return problem;
			}
			start = end + 1;
		}
		return null;
	}

	private static @Nullable Problem checkElement(CharSequence list, int start, int end,
			@Nullable HeaderNameSet allowed) {
		int from = start;
		int to = end;
		while (from < to && HttpSyntax.isWhitespace(list.charAt(from))) {
			from++;
		}
		while (to > from && HttpSyntax.isWhitespace(list.charAt(to - 1))) {
			to--;
		}
		if (from == to) {
			return null;
		}
		if (!HttpSyntax.isToken(list, from, to)) {
			return new Problem(Problem.Kind.NOT_A_TOKEN, list.subSequence(from, to).toString());
		}
		if (allowed != null && !allowed.contains(list, from, to)) {
			return new Problem(Problem.Kind.NOT_ALLOWED, list.subSequence(from, to).toString());
		}
		return null;
	}

}
