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

	/** What is wrong with a configured origin or origin pattern. */
	public enum Defect {

		EMPTY, WHITESPACE, TOO_LONG, NO_SCHEME, INVALID_SCHEME, TRAILING_SLASH, PATH, QUERY, FRAGMENT, USER_INFO,
		NO_HOST, NON_ASCII_HOST, TRAILING_DOT, EMPTY_LABEL, INVALID_HOST, INVALID_IPV4, INVALID_IPV6,
		NON_CANONICAL_IP, INVALID_PORT, DEFAULT_PORT,

		/** A wildcard in an exact origin; the fix names only the example, the caller names the setting. */
		WILDCARD,

		WILDCARD_NOT_LEFTMOST_LABEL, WILDCARD_BEFORE_IP,

		/** A pattern that matches every host; the caller adds the alternative of another setting. */
		ANY_HOST,

		PORT_AND_PORT_LIST, INVALID_PORT_LIST

	}

	/**
	 * A configured value read as an origin: either its normalised form, or the problem and a fix.
	 * The texts name no setting: the caller, which knows the settings, adds any reference.
	 * @param origin the normalised origin (lower-case scheme and host), or {@code null} if invalid
	 * @param defect what is wrong, or {@code null} if valid
	 * @param problem what is wrong, or {@code null} if valid
	 * @param fix what to write instead, or {@code null} if valid
	 */
	public record Parsed(@Nullable String origin, @Nullable Defect defect, @Nullable String problem,
			@Nullable String fix) {

		static Parsed valid(String origin) {
			return new Parsed(origin, null, null, null);
		}

		static Parsed invalid(Defect defect, String problem, String fix) {
			return new Parsed(null, defect, problem, fix);
		}

		boolean isValid() {
			return this.origin != null;
		}

	}

	/**
	 * Reads a configured origin. With {@code wildcardLabel}, the host may start with the label
	 * {@code *} (as in origin patterns).
	 */
	public static Parsed parse(String value, boolean wildcardLabel) {
		return parse(value, wildcardLabel, "");
	}

	/**
	 * Reads a configured origin followed by {@code tail} (a pattern's port list), which a fix that
	 * rewrites the whole origin keeps. A value already written as browsers send it, the usual
	 * case, is its own normalised form: it comes back as the same string, read without allocating
	 * anything but the result, so that a policy of many origins keeps the strings it was given.
	 */
	static Parsed parse(String value, boolean wildcardLabel, String tail) {
		return isWellFormed(value) ? Parsed.valid(value) : parseInFull(value, wildcardLabel, tail);
	}

	/** Reads a configured origin step by step, to name what is wrong with it or normalise it. */
	static Parsed parseInFull(String value, boolean wildcardLabel, String tail) {
		if (value.isBlank()) {
			return Parsed.invalid(Defect.EMPTY, "is empty", "remove the empty entry (often a stray comma in a list)");
		}
		if (!value.equals(value.strip())) {
			return Parsed.invalid(Defect.WHITESPACE, "has leading or trailing white space", "write '" + value.strip() + "'");
		}
		if (value.length() > MAX_LENGTH) {
			return Parsed.invalid(Defect.TOO_LONG, "is longer than " + MAX_LENGTH + " characters, so no browser can send it",
					"write the origin as scheme://host[:port]");
		}
		int separator = value.indexOf("://");
		if (separator <= 0) {
			return missingScheme(value);
		}
		String scheme = value.substring(0, separator).toLowerCase(Locale.ROOT);
		if (!isScheme(scheme)) {
			return Parsed.invalid(Defect.INVALID_SCHEME, "has an invalid scheme '" + scheme + "'", "start with https:// or http://");
		}
		return parseAfterScheme(scheme, value.substring(separator + 3), wildcardLabel, tail);
	}

	private static Parsed missingScheme(String value) {
		// strip a scheme written without "//" (https:app.com), but not a port (localhost:3000)
		String host = value.replaceFirst("^[a-zA-Z]+:(?![0-9])/*", "");
		int slash = host.indexOf('/');
		if (slash >= 0) {
			host = host.substring(0, slash);
		}
		return Parsed.invalid(Defect.NO_SCHEME, "has no scheme: an origin is scheme://host[:port]",
				"write 'https://" + host + "' (or 'http://" + host + "' for local development)");
	}

	private static Parsed parseAfterScheme(String scheme, String rest, boolean wildcardLabel, String tail) {
		int end = indexOfAny(rest, "/?#");
		String authority = end < 0 ? rest : rest.substring(0, end);
		String fixed = scheme + "://" + authority;
		if (end >= 0) {
			String after = rest.substring(end);
			return Parsed.invalid(tailDefect(after), describeTail(after), "write '" + fixed + "'");
		}
		int at = authority.lastIndexOf('@');
		if (at >= 0) {
			return Parsed.invalid(Defect.USER_INFO, "has user information ('" + authority.substring(0, at + 1)
					+ "'), which browsers never send in an Origin",
					"write '" + scheme + "://" + authority.substring(at + 1) + "'");
		}
		return parseAuthority(scheme, authority, wildcardLabel, tail);
	}

	private static Defect tailDefect(String tail) {
		if (tail.equals("/")) {
			return Defect.TRAILING_SLASH;
		}
		return switch (tail.charAt(0)) {
			case '?' -> Defect.QUERY;
			case '#' -> Defect.FRAGMENT;
			default -> Defect.PATH;
		};
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

	private static Parsed parseAuthority(String scheme, String authority, boolean wildcardLabel, String tail) {
		int portSeparator = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']'))
				: authority.lastIndexOf(':');
		String host = portSeparator < 0 ? authority : authority.substring(0, portSeparator);
		String port = portSeparator < 0 ? null : authority.substring(portSeparator + 1);
		String suffix = port == null ? "" : ":" + port;
		Parsed canonicalHost = checkHost(scheme, host, suffix + tail, wildcardLabel);
		String canonical = canonicalHost.origin();
		if (canonical == null) {
			return canonicalHost;
		}
		String base = scheme + "://" + canonical;
		Parsed origin = port == null ? Parsed.valid(base) : checkPort(scheme, base, port);
		if (origin.origin() == null || canonical.equals(host.toLowerCase(Locale.ROOT))) {
			return origin;
		}
		return Parsed.invalid(Defect.NON_CANONICAL_IP, "writes the IP address '" + host + "' in a form no browser sends: browsers send it as '"
				+ canonical + "'", "write '" + origin.origin() + tail + "'");
	}

	/**
	 * The host as browsers serialize it (in {@link Parsed#origin()}), or the problem with it. An
	 * IP address comes back canonical, so the caller can tell a non-canonical spelling from a case
	 * difference. {@code after} is what follows the host, for fixes that rewrite the whole origin.
	 */
	private static Parsed checkHost(String scheme, String host, String after, boolean wildcardLabel) {
		if (host.isEmpty()) {
			return Parsed.invalid(Defect.NO_HOST, "has no host", "write the origin as " + scheme + "://host[:port]");
		}
		if (host.startsWith("[")) {
			return checkIpv6(scheme, host);
		}
		String checked = wildcardLabel && host.startsWith("*.") ? host.substring(2) : host;
		Parsed wildcardProblem = checkWildcard(checked, wildcardLabel);
		if (wildcardProblem != null) {
			return wildcardProblem;
		}
		if (!isAscii(checked)) {
			return Parsed.invalid(Defect.NON_ASCII_HOST, "has a non-ASCII host; browsers send the punycode form",
					"write '" + scheme + "://" + toAscii(host) + after + "'");
		}
		if (IpAddresses.endsInANumber(checked, 0, checked.length())) {
			return checked.equals(host) ? checkIpv4(host)
					: Parsed.invalid(Defect.WILDCARD_BEFORE_IP, "has a wildcard before an IP address, which has no subdomains",
							"write the address without '*.' (" + scheme + "://" + checked + ")");
		}
		return checkHostName(scheme, host, checked, after);
	}

	private static @Nullable Parsed checkWildcard(String checked, boolean wildcardLabel) {
		if (checked.indexOf('*') < 0) {
			return null;
		}
		return wildcardLabel
				? Parsed.invalid(Defect.WILDCARD_NOT_LEFTMOST_LABEL, "contains a wildcard that is not a whole leftmost label",
						"use '*.' before a domain (https://*.example.com), or an origin regex")
				: Parsed.invalid(Defect.WILDCARD, "contains a wildcard, which an exact origin cannot",
						"(https://*.example.com)");
	}

	/**
	 * A host name in the characters DNS names use, and {@code _} (docker-compose service names),
	 * which the URL standard allows too. Other code points the URL standard allows in hosts
	 * ({@code !$&'()+,;=~} and the like) are refused: no DNS name has them, and browsers disagree
	 * on them (Chromium escapes some).
	 */
	private static Parsed checkHostName(String scheme, String host, String checked, String after) {
		if (checked.endsWith(".") && checked.length() > 1) {
			String usual = scheme + "://" + host.substring(0, host.length() - 1).toLowerCase(Locale.ROOT) + after;
			return Parsed.invalid(Defect.TRAILING_DOT, "has a trailing dot, which makes it a different origin from '" + usual
					+ "', the one browsers send for the usual address", "write '" + usual + "'");
		}
		if (checked.startsWith(".") || checked.contains("..")) {
			return Parsed.invalid(Defect.EMPTY_LABEL, "has an empty label in '" + host + "' (two dots in a row, or a leading dot)",
					"write the host name as the browser's address bar shows it");
		}
		return lastLabelOfDnsName(checked, 0, checked.length(), false) >= 0 ? Parsed.valid(host.toLowerCase(Locale.ROOT))
				: Parsed.invalid(Defect.INVALID_HOST, "has an invalid host '" + host
						+ "' (letters, digits, hyphens, underscores and dots only)",
						"write the host name as the browser's address bar shows it");
	}

	private static Parsed checkIpv4(String host) {
		String canonical = IpAddresses.canonicalIpv4(host);
		return canonical != null ? Parsed.valid(canonical)
				: Parsed.invalid(Defect.INVALID_IPV4, "has an invalid IPv4 address '" + host
						+ "' (browsers read a host whose last label is a number as one)",
						"write four numbers from 0 to 255 separated by dots, as in http://192.168.0.10, or a host name");
	}

	private static Parsed checkIpv6(String scheme, String host) {
		String inner = host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		String canonical = host.endsWith("]") ? IpAddresses.canonicalIpv6(inner) : null;
		if (canonical != null) {
			return Parsed.valid(canonical);
		}
		String ipv4 = IpAddresses.canonicalIpv4(inner);
		return Parsed.invalid(Defect.INVALID_IPV6, "has an invalid IPv6 literal '" + host + "'",
				ipv4 != null ? "write an IPv4 address without brackets (" + scheme + "://" + ipv4 + ")"
						: "write the address as the browser's address bar shows it, e.g. [::1]");
	}

	private static Parsed checkPort(String scheme, String base, String port) {
		int number = parseConfiguredPort(port);
		if (number < 0) {
			return Parsed.invalid(Defect.INVALID_PORT, "has an invalid port '" + port + "'", "write a port from 1 to 65535, or none");
		}
		if (number == defaultPort(scheme)) {
			return Parsed.invalid(Defect.DEFAULT_PORT, "names the default port :" + port + ", which browsers leave out of the origin",
					"write '" + base + "'");
		}
		return Parsed.valid(base + ":" + number);
	}

	/**
	 * Whether a request's Origin value is an origin as browsers serialize it (URL standard, "host
	 * serializer"): a lower-case scheme; a lower-case host name of non-empty labels of letters,
	 * digits, hyphens and underscores, an IPv4 address in dotted decimal or an IPv6 literal in its
	 * compressed form; no port, or one without leading zeros that is not the scheme's default.
	 * Anything else no browser sends, and never reaches a pattern or a regex. Allocates nothing.
	 */
	public static boolean isWellFormed(CharSequence origin) {
		int length = origin.length();
		if (length > MAX_LENGTH) {
			return false;
		}
		int hostStart = hostStart(origin, true);
		if (hostStart < 0) {
			return false;
		}
		int hostEnd = hostEnd(origin, hostStart);
		boolean host = origin.charAt(hostStart) == '['
				? isCanonicalIpv6Literal(origin, hostStart, hostEnd) : isCanonicalHostName(origin, hostStart, hostEnd);
		if (!host || hostEnd == length) {
			return host;
		}
		int port = parsePort(origin, hostEnd + 1, length);
		return port > 0 && port != defaultPort(origin, hostStart - 3);
	}

	/** Index just after {@code "://"}, or -1 when the value does not start with a scheme. */
	public static int hostStart(CharSequence origin) {
		return hostStart(origin, false);
	}

	private static int hostStart(CharSequence origin, boolean lowerCaseOnly) {
		int i = 0;
		int length = origin.length();
		while (i < length && isSchemeChar(origin.charAt(i), i == 0, lowerCaseOnly)) {
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
	static int parsePort(CharSequence value, int from, int to) {
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

	/** The default port of the scheme {@code origin[0, schemeEnd)}, or -1; allocates nothing. */
	private static int defaultPort(CharSequence origin, int schemeEnd) {
		boolean secure = schemeEnd > 0 && origin.charAt(schemeEnd - 1) == 's';
		int nameEnd = secure ? schemeEnd - 1 : schemeEnd;
		boolean http = nameEnd == 4 && origin.charAt(0) == 'h' && origin.charAt(1) == 't' && origin.charAt(2) == 't'
				&& origin.charAt(3) == 'p';
		boolean ws = nameEnd == 2 && origin.charAt(0) == 'w' && origin.charAt(1) == 's';
		if (!http && !ws) {
			return -1;
		}
		return secure ? 443 : 80;
	}

	/** Whether the host is a loopback name or address, where plain http: is expected. */
	public static boolean isLoopback(String host) {
		return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
				|| host.startsWith("127.") && host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
	}

	/**
	 * A host name as browsers send it: lower-case, and not an IPv4 address unless in dotted decimal
	 * (a host whose last label is a number is an address to the URL standard).
	 */
	private static boolean isCanonicalHostName(CharSequence value, int from, int to) {
		int lastLabel = lastLabelOfDnsName(value, from, to, true);
		if (lastLabel < 0) {
			return false;
		}
		return !IpAddresses.isNumber(value, lastLabel, to) || IpAddresses.isCanonicalIpv4(value, from, to);
	}

	private static boolean isCanonicalIpv6Literal(CharSequence value, int from, int to) {
		return to - from >= 2 && value.charAt(to - 1) == ']' && IpAddresses.isCanonicalIpv6(value, from + 1, to - 1);
	}

	/**
	 * The start of the last label when {@code value[from, to)} is letters, digits, hyphens and
	 * underscores in non-empty labels separated by dots (upper-case letters only when not
	 * {@code lowerCaseOnly}), or -1 when it is not.
	 */
	static int lastLabelOfDnsName(CharSequence value, int from, int to, boolean lowerCaseOnly) {
		if (from >= to) {
			return -1;
		}
		boolean labelStart = true;
		int lastLabel = from;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c == '.') {
				if (labelStart) {
					return -1;
				}
				labelStart = true;
				lastLabel = i + 1;
			}
			else if ((isLetterOrDigit(c) || c == '-' || c == '_') && !(lowerCaseOnly && isUpperCase(c))) {
				labelStart = false;
			}
			else {
				return -1;
			}
		}
		return labelStart ? -1 : lastLabel;
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
		return isSchemeChar(c, first, false);
	}

	private static boolean isSchemeChar(char c, boolean first, boolean lowerCaseOnly) {
		boolean letter = c >= 'a' && c <= 'z' || !lowerCaseOnly && c >= 'A' && c <= 'Z';
		return first ? letter : letter || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
	}

	private static boolean isUpperCase(char c) {
		return c >= 'A' && c <= 'Z';
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
