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

/**
 * Character classes of RFC 9110 used by CORS headers.
 */
public final class HttpSyntax {

	private HttpSyntax() {
	}

	/** {@code tchar} of RFC 9110 section 5.6.2. */
	static boolean isTokenChar(char c) {
		if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return true;
		}
		return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
	}

	/** Whether {@code value[from, to)} is a non-empty {@code token}. */
	public static boolean isToken(CharSequence value, int from, int to) {
		if (from >= to) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (!isTokenChar(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	public static boolean isToken(CharSequence value) {
		return isToken(value, 0, value.length());
	}

	/** Optional white space ({@code OWS}): space or horizontal tab. */
	static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t';
	}

}
