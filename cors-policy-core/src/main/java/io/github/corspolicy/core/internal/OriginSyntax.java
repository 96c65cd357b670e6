package io.github.corspolicy.core.internal;

import java.net.IDN;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The serialized origin of the Fetch standard ({@code scheme "://" host [ ":" port ]}): reading
 * configured values (with a precise complaint when one is not an origin) and checking request
 * values without allocating.
 */
public final class OriginSyntax {

	/**
	 * No serialized origin is longer: a scheme, 253 characters of DNS name and a port. Longer
	 * request values are rejected before any matching, so they cannot buy CPU time.
	 */
	public static final int MAX_LENGTH = 300;

	private OriginSyntax() {
	}

	/**
	 * A configured value read as an origin: either its normalised form, or the problem and a fix.
	 * @param origin the normalised origin (lower-case scheme and host), or {@code null} if invalid
	 * @param problem what is wrong, or {@code null} if valid
	 * @param fix what to write instead, or {@code null} if valid
	 */
	public record Parsed(@Nullable String origin, @Nullable String problem, @Nullable String fix) {

		static Parsed valid(String origin) {
			return new Parsed(origin, null, null);
		}

		static Parsed invalid(String problem, String fix) {
			return new Parsed(null, problem, fix);
		}

		public boolean isValid() {
			return this.origin != null;
		}

	}

	/**
	 * Reads a configured origin. With {@code wildcardLabel}, the host may start with the label
	 * {@code *} (as in origin patterns).
	 */
	public static Parsed parse(String value, boolean wildcardLabel) {
		if (value.isBlank()) {
			return Parsed.invalid("is empty", "remove the empty entry (often a stray comma in a list)");
		}
		if (!value.equals(value.strip())) {
			return Parsed.invalid("has leading or trailing white space", "write '" + value.strip() + "'");
		}
		if (value.length() > MAX_LENGTH) {
			return Parsed.invalid("is longer than " + MAX_LENGTH + " characters, so no browser can send it",
					"write the origin as scheme://host[:port]");
		}
		int separator = value.indexOf("://");
		if (separator <= 0) {
			return missingScheme(value);
		}
		String scheme = value.substring(0, separator).toLowerCase(Locale.ROOT);
		if (!isScheme(scheme)) {
			return Parsed.invalid("has an invalid scheme '" + scheme + "'", "start with https:// or http://");
		}
		return parseAfterScheme(scheme, value.substring(separator + 3), wildcardLabel);
	}

	private static Parsed missingScheme(String value) {
		// strip a scheme written without "//" (https:app.com), but not a port (localhost:3000)
		String host = value.replaceFirst("^[a-zA-Z]+:(?![0-9])/*", "");
		int slash = host.indexOf('/');
		if (slash >= 0) {
			host = host.substring(0, slash);
		}
		return Parsed.invalid("has no scheme: an origin is scheme://host[:port]",
				"write 'https://" + host + "' (or 'http://" + host + "' for local development)");
	}

	private static Parsed parseAfterScheme(String scheme, String rest, boolean wildcardLabel) {
		int end = indexOfAny(rest, "/?#");
		String authority = end < 0 ? rest : rest.substring(0, end);
		String fixed = scheme + "://" + authority;
		if (end >= 0) {
			return Parsed.invalid(describeTail(rest.substring(end)), "write '" + fixed + "'");
		}
		int at = authority.lastIndexOf('@');
		if (at >= 0) {
			return Parsed.invalid("has user information ('" + authority.substring(0, at + 1)
					+ "'), which browsers never send in an Origin",
					"write '" + scheme + "://" + authority.substring(at + 1) + "'");
		}
		return parseAuthority(scheme, authority, wildcardLabel);
	}

	private static String describeTail(String tail) {
		if (tail.equals("/")) {
			return "has a trailing slash, but browsers send the origin without one";
		}
		return switch (tail.charAt(0)) {
			case '?' -> "has a query ('" + tail + "'); an origin is scheme://host[:port] only";
			case '#' -> "has a fragment ('" + tail + "'); an origin is scheme://host[:port] only";
			default -> "has a path ('" + tail + "'); an origin is scheme://host[:port] only";
		};
	}

	private static Parsed parseAuthority(String scheme, String authority, boolean wildcardLabel) {
		int portSeparator = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']'))
				: authority.lastIndexOf(':');
		String host = portSeparator < 0 ? authority : authority.substring(0, portSeparator);
		String port = portSeparator < 0 ? null : authority.substring(portSeparator + 1);
		Parsed hostProblem = checkHost(scheme, host, port, wildcardLabel);
		if (hostProblem != null) {
			return hostProblem;
		}
		String normalisedHost = host.toLowerCase(Locale.ROOT);
		String base = scheme + "://" + normalisedHost;
		if (port == null) {
			return Parsed.valid(base);
		}
		return checkPort(scheme, base, port);
	}

	private static @Nullable Parsed checkHost(String scheme, String host, @Nullable String port,
			boolean wildcardLabel) {
		String suffix = port == null ? "" : ":" + port;
		if (host.isEmpty()) {
			return Parsed.invalid("has no host", "write the origin as " + scheme + "://host[:port]");
		}
		if (host.startsWith("[")) {
			return isIpv6Literal(host) ? null
					: Parsed.invalid("has an invalid IPv6 literal '" + host + "'", "write it as [::1]");
		}
		String checked = wildcardLabel && host.startsWith("*.") ? host.substring(2) : host;
		if (checked.indexOf('*') >= 0) {
			return wildcardLabel
					? Parsed.invalid("contains a wildcard that is not a whole leftmost label",
							"use '*.' before a domain (https://*.example.com), or an origin regex")
					: Parsed.invalid("contains a wildcard, which an exact origin cannot",
							"move it to allowed-origin-patterns (https://*.example.com)");
		}
		if (!isAscii(checked)) {
			return Parsed.invalid("has a non-ASCII host; browsers send the punycode form",
					"write '" + scheme + "://" + toAscii(host) + suffix + "'");
		}
		return isDnsName(checked, 0, checked.length()) ? null
				: Parsed.invalid("has an invalid host '" + host + "' (letters, digits, hyphens and dots only)",
						"write the host name as the browser's address bar shows it");
	}

	private static Parsed checkPort(String scheme, String base, String port) {
		int number = parseConfiguredPort(port);
		if (number < 0) {
			return Parsed.invalid("has an invalid port '" + port + "'", "write a port from 1 to 65535, or none");
		}
		if (number == defaultPort(scheme)) {
			return Parsed.invalid("names the default port :" + port + ", which browsers leave out of the origin",
					"write '" + base + "'");
		}
		return Parsed.valid(base + ":" + number);
	}

	/**
	 * Whether a request's Origin value is a serialized origin with an ASCII DNS name or IP literal.
	 * Allocates nothing.
	 */
	public static boolean isWellFormed(CharSequence origin) {
		int length = origin.length();
		if (length > MAX_LENGTH) {
			return false;
		}
		int hostStart = hostStart(origin);
		if (hostStart < 0) {
			return false;
		}
		int hostEnd = hostEnd(origin, hostStart);
		boolean host = origin.charAt(hostStart) == '['
				? isIpv6Literal(origin, hostStart, hostEnd) : isDnsName(origin, hostStart, hostEnd);
		return host && (hostEnd == length || parsePort(origin, hostEnd + 1, length) > 0);
	}

	/** Index just after {@code "://"}, or -1 when the value does not start with a scheme. */
	public static int hostStart(CharSequence origin) {
		int i = 0;
		int length = origin.length();
		while (i < length && isSchemeChar(origin.charAt(i), i == 0)) {
			i++;
		}
		boolean separator = i > 0 && i + 3 < length && origin.charAt(i) == ':' && origin.charAt(i + 1) == '/'
				&& origin.charAt(i + 2) == '/';
		return separator ? i + 3 : -1;
	}

	/** Index of the port's colon, or the length when the origin has no port. */
	public static int hostEnd(CharSequence origin, int hostStart) {
		int from = (origin.charAt(hostStart) == '[') ? indexOf(origin, ']', hostStart) : hostStart;
		return indexOf(origin, ':', from);
	}

	/** The index of {@code c} at or after {@code from}, or the length when there is none. */
	private static int indexOf(CharSequence value, char c, int from) {
		int length = value.length();
		for (int i = from; i < length; i++) {
			if (value.charAt(i) == c) {
				return i;
			}
		}
		return length;
	}

	/**
	 * The port in {@code value[from, to)}: 1 to 65535 in canonical form (no leading zero, as
	 * browsers serialize it), or -1 when it is not one.
	 */
	public static int parsePort(CharSequence value, int from, int to) {
		if (to - from < 1 || to - from > 5 || value.charAt(from) == '0') {
			return -1;
		}
		int port = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			port = port * 10 + (c - '0');
		}
		return port >= 1 && port <= 65535 ? port : -1;
	}

	/** A configured port, where leading zeros are forgiven: 1 to 65535, or -1. */
	static int parseConfiguredPort(String port) {
		String digits = port.strip().replaceFirst("^0+(?=[0-9])", "");
		return parsePort(digits, 0, digits.length());
	}

	/** The port a browser leaves out for the scheme, or -1 when there is none. */
	public static int defaultPort(String scheme) {
		return switch (scheme) {
			case "http", "ws" -> 80;
			case "https", "wss" -> 443;
			default -> -1;
		};
	}

	/** Whether the host is a loopback name or address, where plain http: is expected. */
	public static boolean isLoopback(String host) {
		return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
				|| host.startsWith("127.") && host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
	}

	/** Letters, digits and hyphens in non-empty labels separated by dots. */
	static boolean isDnsName(CharSequence value, int from, int to) {
		if (from >= to) {
			return false;
		}
		boolean labelStart = true;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c == '.') {
				if (labelStart) {
					return false;
				}
				labelStart = true;
			}
			else if (isLetterOrDigit(c) || c == '-') {
				labelStart = false;
			}
			else {
				return false;
			}
		}
		return !labelStart;
	}

	private static boolean isIpv6Literal(String host) {
		return isIpv6Literal(host, 0, host.length());
	}

	private static boolean isIpv6Literal(CharSequence value, int from, int to) {
		if (to - from < 4 || value.charAt(from) != '[' || value.charAt(to - 1) != ']') {
			return false;
		}
		for (int i = from + 1; i < to - 1; i++) {
			char c = value.charAt(i);
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':' || c == '.')) {
				return false;
			}
		}
		return true;
	}

	private static boolean isScheme(String scheme) {
		for (int i = 0; i < scheme.length(); i++) {
			if (!isSchemeChar(scheme.charAt(i), i == 0)) {
				return false;
			}
		}
		return !scheme.isEmpty();
	}

	private static boolean isSchemeChar(char c, boolean first) {
		boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
		return first ? letter : letter || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
	}

	private static boolean isLetterOrDigit(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
	}

	private static boolean isAscii(String value) {
		return value.chars().allMatch(c -> c < 0x80);
	}

	private static String toAscii(String host) {
		try {
			return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return "xn--...";
		}
	}

	private static int indexOfAny(String value, String chars) {
		for (int i = 0; i < value.length(); i++) {
			if (chars.indexOf(value.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
