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
