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
 * IP address hosts as the WHATWG URL standard reads and writes them: a configured address is parsed
 * the browser's way and serialized as the browser sends it (IPv4 in dotted decimal, IPv6 compressed
 * and in lower case), so that a non-canonical spelling can be refused with the canonical one as its
 * fix. The checks of request values only accept the canonical forms, and allocate nothing.
 */
final class IpAddresses {

	/** {@code 255.255.255.255}: no canonical IPv4 address is longer. */
	private static final int MAX_IPV4_LENGTH = 15;

	/** Eight pieces of four digits and seven colons: no canonical IPv6 address is longer. */
	private static final int MAX_IPV6_LENGTH = 39;

	private IpAddresses() {
	}

	/**
	 * Whether the host is an IPv4 address to the URL standard: its last label, once a trailing dot
	 * is dropped, is a number (decimal, or hexadecimal after {@code 0x}). Such a host is an address
	 * or it is invalid; it is never a domain ("ends in a number", URL standard 3.5).
	 */
	static boolean endsInANumber(CharSequence host, int from, int to) {
		int end = (to > from && host.charAt(to - 1) == '.') ? to - 1 : to;
		int start = end;
		while (start > from && host.charAt(start - 1) != '.') {
			start--;
		}
		return isNumber(host, start, end);
	}

	/**
	 * Whether the label {@code host[from, to)} is a number to the IPv4 parser: decimal digits, or
	 * {@code 0x} and hexadecimal digits. Reads up to the first character that rules it out.
	 */
	static boolean isNumber(CharSequence host, int from, int to) {
		if (from >= to) {
			return false;
		}
		boolean hex = to - from >= 2 && host.charAt(from) == '0' && (host.charAt(from + 1) | 0x20) == 'x';
		for (int i = hex ? from + 2 : from; i < to; i++) {
			if (!(hex ? isHexDigit(host.charAt(i)) : isDigit(host.charAt(i)))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The IPv4 address as the URL standard's IPv4 parser reads it (one to four parts, each decimal,
	 * octal after a leading {@code 0} or hexadecimal after {@code 0x}; the last part fills the
	 * remaining bytes), serialized in dotted decimal; or {@code null} when it is not one.
	 */
	static @Nullable String canonicalIpv4(String host) {
		String[] parts = (host.endsWith(".") ? host.substring(0, host.length() - 1) : host).split("\\.", -1);
		if (parts.length > 4) {
			return null;
		}
		long address = 0;
		for (int i = 0; i < parts.length; i++) {
			long number = ipv4Number(parts[i]);
			boolean last = i == parts.length - 1;
			long limit = last ? 1L << (8 * (5 - parts.length)) : 256;
			if (number < 0 || number >= limit) {
				return null;
			}
			address = last ? (address << (8 * (5 - parts.length))) + number : (address << 8) + number;
		}
		return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
				+ (address & 0xff);
	}

	/** One part of an IPv4 address, or -1 when it is not a number (or above 2^32). */
	private static long ipv4Number(String part) {
		int radix = 10;
		String digits = part;
		if (part.length() >= 2 && part.charAt(0) == '0' && (part.charAt(1) | 0x20) == 'x') {
			radix = 16;
			digits = part.substring(2);
		}
		else if (part.length() >= 2 && part.charAt(0) == '0') {
			radix = 8;
			digits = part.substring(1);
		}
		digits = digits.replaceFirst("^0+(?=.)", "");
		if (part.isEmpty() || digits.length() > 12) {
			return -1;
		}
		if (digits.isEmpty()) {
			return 0;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 0x7f) {
				return -1;
			}
		}
		return Long.parseLong(digits, radix);
	}

	/**
	 * The IPv6 address between the brackets, read by the URL standard's IPv6 parser and written by
	 * its serializer (lower-case hexadecimal, the first longest run of two or more zero pieces as
	 * {@code ::}, never a dotted IPv4 tail), in brackets; or {@code null} when it is not one.
	 */
	static @Nullable String canonicalIpv6(String address) {
		if (!address.chars().allMatch(c -> c == ':' || c == '.' || c < 0x80 && Character.digit(c, 16) >= 0)) {
			return null;
		}
		int[] pieces = Ipv6Parser.parse(address);
		return (pieces != null) ? "[" + serialize(pieces) + "]" : null;
	}

	private static String serialize(int[] pieces) {
		int compress = firstLongestZeroRun(pieces);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == compress) {
				out.append(i == 0 ? "::" : ":");
				while (i < 8 && pieces[i] == 0) {
					i++;
				}
				i--;
				continue;
			}
			out.append(Integer.toHexString(pieces[i]));
			if (i < 7) {
				out.append(':');
			}
		}
		return out.toString();
	}

	/** The start of the first longest run of at least two zero pieces, or -1. */
	private static int firstLongestZeroRun(int[] pieces) {
		int best = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && pieces[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				best = i;
				bestLength = length;
			}
			i += length;
		}
		return best;
	}

	/**
	 * Whether {@code value[from, to)} is an IPv4 address in dotted decimal, as browsers send it:
	 * four numbers from 0 to 255 without leading zeros. Reads each character once.
	 */
	static boolean isCanonicalIpv4(CharSequence value, int from, int to) {
		if (to - from > MAX_IPV4_LENGTH) {
			return false;
		}
		int parts = 0;
		int number = 0;
		int digits = 0;
		boolean leadingZero = false;
		for (int i = from; i <= to; i++) {
			char c = (i < to) ? value.charAt(i) : '.';
			if (c == '.') {
				if (digits == 0 || number > 255 || leadingZero && digits > 1 || ++parts > 4) {
					return false;
				}
				number = 0;
				digits = 0;
			}
			else if (isDigit(c) && digits < 3) {
				leadingZero = (digits == 0) ? c == '0' : leadingZero;
				number = number * 10 + (c - '0');
				digits++;
			}
			else {
				return false;
			}
		}
		return parts == 4;
	}

	/**
	 * Whether {@code value[from, to)}, the text between the brackets, is an IPv6 address as the URL
	 * standard serializes it: lower-case pieces without leading zeros; {@code ::} exactly once over
	 * the first longest run of two or more zero pieces, with no zero piece beside it; else 8 pieces.
	 */
	static boolean isCanonicalIpv6(CharSequence value, int from, int to) {
		if (to - from < 2 || to - from > MAX_IPV6_LENGTH) {
			return false;
		}
		int pieces = 0;
		int compressedAt = -1;
		int run = 0;
		int longestBefore = 0;
		int longestAfter = 0;
		int i = from;
		if (value.charAt(i) == ':') {
			if (value.charAt(i + 1) != ':') {
				return false;
			}
			compressedAt = 0;
			i += 2;
		}
		while (i < to) {
			int start = i;
			while (i < to && i - start < 5 && isLowerHexDigit(value.charAt(i))) {
				i++;
			}
			if (i == start || i - start > 4 || i - start > 1 && value.charAt(start) == '0') {
				return false;
			}
			boolean zero = i - start == 1 && value.charAt(start) == '0';
			// a zero piece beside "::" belongs in the compressed run
			if (zero && compressedAt == pieces && compressedAt >= 0) {
				return false;
			}
			pieces++;
			run = zero ? run + 1 : 0;
			if (compressedAt < 0) {
				longestBefore = Math.max(longestBefore, run);
			}
			else {
				longestAfter = Math.max(longestAfter, run);
			}
			if (i == to) {
				break;
			}
			if (value.charAt(i) != ':' || ++i == to) {
				return false;
			}
			if (value.charAt(i) == ':') {
				if (compressedAt >= 0 || zero) {
					return false;
				}
				compressedAt = pieces;
				run = 0;
				i++;
			}
		}
		if (compressedAt < 0) {
			return pieces == 8 && longestBefore < 2;
		}
		int compressed = 8 - pieces;
		// the first longest run is compressed: earlier runs are shorter, later ones no longer
		return compressed >= 2 && longestBefore < compressed && longestAfter <= compressed;
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isHexDigit(char c) {
		return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
	}

	static boolean isLowerHexDigit(char c) {
		return isDigit(c) || c >= 'a' && c <= 'f';
	}

}
