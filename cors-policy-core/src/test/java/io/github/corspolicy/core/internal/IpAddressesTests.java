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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.testsupport.RandomInputs;

import static io.github.corspolicy.core.testsupport.RandomInputs.forEachCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * IP address hosts read the way the URL standard reads them, and written the way browsers send
 * them; the request-side checks accept exactly those canonical forms.
 */
class IpAddressesTests {

	/** The first longest run of two or more zero pieces, in a full form such as {@code 1:0:0:2}. */
	private static final Pattern ZERO_RUN = Pattern.compile("(?<![0-9a-f])0(:0)+(?![0-9a-f])");

	@ParameterizedTest
	@MethodSource
	void canonicalIpv4ReadsEveryFormTheUrlStandardReads(String host, @Nullable String canonical) {
		assertThat(IpAddresses.canonicalIpv4(host)).isEqualTo(canonical);
	}

	static Stream<Arguments> canonicalIpv4ReadsEveryFormTheUrlStandardReads() {
		return Stream.of(
				argumentSet("dotted decimal", "192.168.0.1", "192.168.0.1"),
				argumentSet("leading zeros, read as octal", "0300.0250.000.001", "192.168.0.1"),
				argumentSet("hexadecimal parts", "0xC0.0xa8.0x0.0x1", "192.168.0.1"),
				argumentSet("'0x' alone, read as zero", "0x.0.0.1", "0.0.0.1"),
				argumentSet("one number", "2130706433", "127.0.0.1"),
				argumentSet("the highest single number", "4294967295", "255.255.255.255"),
				argumentSet("two parts, the last filling three bytes", "127.1", "127.0.0.1"),
				argumentSet("three parts, the last filling two bytes", "10.1.258", "10.1.1.2"),
				argumentSet("a trailing dot", "10.0.0.1.", "10.0.0.1"),
				argumentSet("many leading zeros, still octal", "0000000000000000000177.0.0.1", "127.0.0.1"),
				argumentSet("a part above 255", "256.1.1.1", null),
				argumentSet("a single number above 2^32 - 1", "4294967296", null),
				argumentSet("a last part too big for its bytes", "127.16777216", null),
				argumentSet("five parts", "1.2.3.4.5", null),
				argumentSet("an empty part", "1..2.3", null),
				argumentSet("an 8 in an octal part", "08.1.1.1", null),
				argumentSet("a letter in a decimal part", "1.2.3.4a", null),
				argumentSet("a domain label before a number", "app.123", null),
				argumentSet("non-ASCII digits", "\u0661.2.3.4", null));
	}

	@ParameterizedTest
	@MethodSource
	void canonicalIpv6ReadsAndWritesAddressesAsTheUrlStandardDoes(String address, @Nullable String canonical) {
		assertThat(IpAddresses.canonicalIpv6(address)).isEqualTo(canonical);
	}

	static Stream<Arguments> canonicalIpv6ReadsAndWritesAddressesAsTheUrlStandardDoes() {
		return Stream.of(
				argumentSet("the loopback in full", "0:0:0:0:0:0:0:1", "[::1]"),
				argumentSet("the unspecified address", "::", "[::]"),
				argumentSet("upper case and leading zeros", "2001:0DB8:0000:0000:0000:0000:0000:0001", "[2001:db8::1]"),
				argumentSet("an IPv4-mapped address in dotted form", "::ffff:127.0.0.1", "[::ffff:7f00:1]"),
				argumentSet("a dotted tail after six pieces", "1:2:3:4:5:6:1.2.3.4", "[1:2:3:4:5:6:102:304]"),
				argumentSet("a single zero piece, never compressed", "1:2:3:4:5:6:0:8", "[1:2:3:4:5:6:0:8]"),
				argumentSet("'::' over one zero piece", "1:2:3::5:6:7:8", "[1:2:3:0:5:6:7:8]"),
				argumentSet("the first of two equal zero runs", "1:0:0:2:0:0:3:4", "[1::2:0:0:3:4]"),
				argumentSet("the longer of two zero runs", "1:0:0:2:0:0:0:3", "[1:0:0:2::3]"),
				argumentSet("a trailing '::'", "1::", "[1::]"),
				argumentSet("an IPv4 address alone", "1.2.3.4", null),
				argumentSet("colons only", ":::::", null),
				argumentSet("two '::'", "::1::2", null),
				argumentSet("a piece of five digits", "12345::1", null),
				argumentSet("nine pieces", "1:2:3:4:5:6:7:8:9", null),
				argumentSet("seven pieces without '::'", "1:2:3:4:5:6:7", null),
				argumentSet("'::' with eight pieces", "1:2:3:4::5:6:7:8", null),
				argumentSet("a leading single colon", ":1::", null),
				argumentSet("a trailing single colon", "1::2:", null),
				argumentSet("a dotted tail after seven pieces", "1:2:3:4:5:6:7:1.2.3.4", null),
				argumentSet("a dotted tail of three numbers", "::1.2.3", null),
				argumentSet("a dotted tail with a leading zero", "::1.2.3.04", null),
				argumentSet("a dotted tail with a number above 255", "::1.2.3.256", null),
				argumentSet("a NUL character", "::1\u0000", null),
				argumentSet("a letter beyond f", "::g", null),
				argumentSet("an empty address", "", null));
	}

	@Test
	void theRequestCheckAcceptsASpellingOfAnIpv6AddressExactlyWhenItIsTheCanonicalOne() {
		forEachCase(21, 1000, IpAddressesTests::spellings, spellings -> {
			String reference = spellings.get(0);
			for (String spelling : spellings) {
				assertThat(IpAddresses.canonicalIpv6(spelling)).as(spelling).isEqualTo("[" + reference + "]");
				assertThat(IpAddresses.isCanonicalIpv6(spelling, 0, spelling.length())).as(spelling)
					.isEqualTo(spelling.equals(reference));
				assertThat(OriginSyntax.isWellFormed("http://[" + spelling + "]:8080")).as(spelling)
					.isEqualTo(spelling.equals(reference));
			}
		});
	}

	@Test
	void theRequestCheckAcceptsAnIpv4AddressExactlyInDottedDecimal() {
		forEachCase(22, 1000, random -> IntStream.range(0, 4)
			.mapToObj(i -> random.oneOf(String.valueOf(random.between(0, 255)), "0" + random.between(0, 255),
					String.valueOf(random.between(0, 300)), "0x" + Integer.toHexString(random.between(0, 255)), ""))
			.limit(random.between(1, 4))
			.collect(Collectors.joining(".")), host -> {
				String canonical = IpAddresses.canonicalIpv4(host);
				assertThat(IpAddresses.isCanonicalIpv4(host, 0, host.length())).isEqualTo(host.equals(canonical));
				assertThat(OriginSyntax.isWellFormed("http://" + host)).isEqualTo(host.equals(canonical));
			});
	}

	/** An address written as RFC 5952 says (first), then the other ways the URL standard reads it. */
	private static List<String> spellings(RandomInputs random) {
		int[] pieces = IntStream.range(0, 8)
			.map(i -> random.oneIn(2) ? 0 : random.oneOf(1, 0xa, 0xff, 0xdb8, 0xffff, random.between(1, 0xffff)))
			.toArray();
		String[] hex = IntStream.of(pieces).mapToObj(Integer::toHexString).toArray(String[]::new);
		String full = String.join(":", hex);
		List<String> spellings = new ArrayList<>(List.of(reference(full), full, full.toUpperCase(Locale.ROOT),
				String.join(":", IntStream.of(pieces).mapToObj(p -> String.format("%04x", p)).toList())));
		for (int from = 0; from < 8; from++) {
			for (int to = from + 1; to <= 8 && pieces[to - 1] == 0; to++) {
				spellings.add(String.join(":", List.of(hex).subList(0, from)) + "::"
						+ String.join(":", List.of(hex).subList(to, 8)));
			}
		}
		spellings.add(String.join(":", List.of(hex).subList(0, 6)) + ":" + (pieces[6] >> 8) + "." + (pieces[6] & 0xff)
				+ "." + (pieces[7] >> 8) + "." + (pieces[7] & 0xff));
		return spellings;
	}

	/** RFC 5952 section 4.2: the first longest run of two or more zero pieces becomes "::". */
	private static String reference(String full) {
		Matcher matcher = ZERO_RUN.matcher(full);
		int start = -1;
		int end = -1;
		while (matcher.find()) {
			if (matcher.end() - matcher.start() > end - start) {
				start = matcher.start();
				end = matcher.end();
			}
		}
		return (start < 0) ? full : full.substring(0, start).replaceFirst(":$", "") + "::"
				+ full.substring(end).replaceFirst("^:", "");
	}

}
