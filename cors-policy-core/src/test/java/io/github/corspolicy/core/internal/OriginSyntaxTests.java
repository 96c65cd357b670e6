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

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.corspolicy.core.testsupport.RandomInputs.forEachCase;
import static io.github.corspolicy.core.testsupport.RandomInputs.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Reading request Origins as serialized origins ({@code scheme "://" host [ ":" port ]}), and the
 * small helpers the matcher and the validator share.
 */
class OriginSyntaxTests {

	@ParameterizedTest
	@MethodSource
	void isWellFormedAcceptsOnlySerializedOrigins(String origin, boolean wellFormed) {
		assertThat(OriginSyntax.isWellFormed(origin)).isEqualTo(wellFormed);
	}

	static Stream<Arguments> isWellFormedAcceptsOnlySerializedOrigins() {
		return Stream.of(
				argumentSet("an https origin", "https://app.example.com", true),
				argumentSet("an http origin with a port", "http://localhost:3000", true),
				argumentSet("an IPv4 address", "http://127.0.0.1:5173", true),
				argumentSet("an IPv6 literal with a port", "http://[::1]:8080", true),
				argumentSet("a punycode host", "https://xn--bcher-kva.example", true),
				argumentSet("a scheme with digits, plus, dot and hyphen", "web+app.v-2://app", true),
				argumentSet("the highest port", "https://app.com:65535", true),
				argumentSet("an empty value", "", false),
				argumentSet("the opaque origin 'null'", "null", false),
				argumentSet("a scheme without a host", "https://", false),
				argumentSet("a host without a scheme", "app.example.com", false),
				argumentSet("a scheme that starts with a digit", "1https://app.com", false),
				argumentSet("no scheme before '://'", "://app.com", false),
				argumentSet("a trailing slash", "https://app.com/", false),
				argumentSet("a path", "https://app.com/api", false),
				argumentSet("a query", "https://app.com?x", false),
				argumentSet("user information", "https://user@app.com", false),
				argumentSet("a colon without a port", "https://app.com:", false),
				argumentSet("port 0", "https://app.com:0", false),
				argumentSet("a port above 65535", "https://app.com:65536", false),
				argumentSet("a port of six digits", "https://app.com:000443", false),
				argumentSet("a port that is not a number", "https://app.com:https", false),
				argumentSet("an empty label", "https://app..com", false),
				argumentSet("a leading dot", "https://.app.com", false),
				argumentSet("a trailing dot", "https://app.com.", false),
				argumentSet("an underscore, which URLs allow in hosts", "http://front_end:3000", true),
				argumentSet("a label with hyphens inside", "https://a-b.example.com", true),
				argumentSet("a character that URLs allow but DNS names do not", "https://a!b.example.com", false),
				argumentSet("an upper-case host, which browsers lower", "https://App.example.com", false),
				argumentSet("an upper-case scheme, which browsers lower", "Https://app.example.com", false),
				argumentSet("the http default port written out", "http://app.com:80", false),
				argumentSet("the https default port written out", "https://app.com:443", false),
				argumentSet("the https default port on http", "http://app.com:443", true),
				argumentSet("a canonical IPv4 address", "http://0.0.0.0:3000", true),
				argumentSet("an IPv4 address with leading zeros", "http://127.000.000.001", false),
				argumentSet("an IPv4 address as one number", "http://2130706433", false),
				argumentSet("an IPv4 address with a hexadecimal part", "http://0x7f.0.0.1", false),
				argumentSet("an IPv4 address of two parts", "http://127.1", false),
				argumentSet("an IPv4 address of five parts", "http://1.2.3.4.5", false),
				argumentSet("an IPv4 address with a part above 255", "http://256.1.1.1", false),
				argumentSet("a host name whose last label is a number", "https://app.123", false),
				argumentSet("a host name whose last label is a hexadecimal number", "https://app.0xff", false),
				argumentSet("a host name whose last label starts with a digit", "https://app.1a", true),
				argumentSet("the IPv6 unspecified address", "http://[::]", true),
				argumentSet("a canonical IPv6 address", "http://[2001:db8::1:0:0:1]", true),
				argumentSet("an IPv6 address ending in a zero piece", "http://[::1:0]", true),
				argumentSet("a canonical IPv4-mapped IPv6 address", "http://[::ffff:7f00:1]", true),
				argumentSet("the IPv6 loopback written in full", "http://[0:0:0:0:0:0:0:1]", false),
				argumentSet("an IPv6 address in upper case", "http://[FE80::1]", false),
				argumentSet("an IPv6 piece with a leading zero", "http://[::01]", false),
				argumentSet("an IPv6 address in dotted IPv4 form", "http://[::ffff:127.0.0.1]", false),
				argumentSet("a '::' that leaves a zero piece beside it", "http://[::0:1]", false),
				argumentSet("a '::' over a single zero piece", "http://[1:2:3:4:5:6::8]", false),
				argumentSet("a '::' over a shorter zero run than another", "http://[1::2:0:0:0:3]", false),
				argumentSet("a '::' over the second of two equal zero runs", "http://[1:0:0:2::3:4]", false),
				argumentSet("a '::' over the first of two equal zero runs", "http://[1::2:0:0:3:4]", true),
				argumentSet("a '::' over a longer zero run after a shorter one", "http://[1:0:0:2::3]", true),
				argumentSet("a zero run left uncompressed", "http://[1:0:0:2:3:4:5:6]", false),
				argumentSet("two '::'", "http://[::1::2]", false),
				argumentSet("colons only", "http://[:::::]", false),
				argumentSet("an IPv4 address in brackets", "http://[1.2.3.4]", false),
				argumentSet("an IPv6 piece of five digits", "http://[12345::1]", false),
				argumentSet("nine IPv6 pieces", "http://[1:2:3:4:5:6:7:8:9]", false),
				argumentSet("a single leading colon", "http://[:1:2:3:4:5:6:7]", false),
				argumentSet("a single trailing colon", "http://[1:2:3:4:5:6:7:]", false),
				argumentSet("a non-ASCII host", "https://bücher.example", false),
				argumentSet("a space in the host", "https://app .com", false),
				argumentSet("CR LF after the origin", "https://app.com\r\nX: y", false),
				argumentSet("a wildcard label", "https://*.app.com", false),
				argumentSet("an unclosed IPv6 literal", "http://[::1", false),
				argumentSet("an IPv6 literal with letters beyond f", "http://[::g]", false),
				argumentSet("an IPv6 literal too short to hold an address", "http://[]", false),
				argumentSet("two origins", "https://a.com, https://b.com", false),
				argumentSet("a value longer than any origin", "https://" + "a".repeat(300) + ".com", false));
	}

	/**
	 * A configured value that is already an origin as browsers send it skips the step-by-step
	 * reading: the shortcut must give what the full reading gives, for every kind of value, as an
	 * origin and as the host part of a pattern.
	 */
	@ParameterizedTest
	@MethodSource("isWellFormedAcceptsOnlySerializedOrigins")
	void parseGivesWhatTheFullReadingGives(String value, boolean wellFormed) {
		assertThat(OriginSyntax.parse(value, false)).isEqualTo(OriginSyntax.parseInFull(value, false, ""));
		assertThat(OriginSyntax.parse(value, true, ":[1,2]")).isEqualTo(OriginSyntax.parseInFull(value, true, ":[1,2]"));
	}

	@Test
	void parseGivesWhatTheFullReadingGivesForRandomNearOrigins() {
		forEachCase(31, 5000, (random) -> random.frequency(weight(4, random::nearOrigin),
				weight(2, () -> random.withRandomCase(random.nearOrigin()) + random.oneOf("", ":" + random.port())),
				weight(1, random::string)), (value) -> {
					assertThat(OriginSyntax.parse(value, false)).isEqualTo(OriginSyntax.parseInFull(value, false, ""));
					assertThat(OriginSyntax.parse(value, true, "")).isEqualTo(OriginSyntax.parseInFull(value, true, ""));
				});
	}

	@ParameterizedTest
	@MethodSource("isWellFormedAcceptsOnlySerializedOrigins")
	void parseKeepsTheStringOfAValueWrittenAsBrowsersSendIt(String value, boolean wellFormed) {
		String origin = OriginSyntax.parse(value, false).origin();
		if (wellFormed) {
			assertThat(origin).isSameAs(value);
		}
		else {
			assertThat(origin).isNotEqualTo(value);
		}
	}

	@ParameterizedTest
	@MethodSource
	void isLoopbackRecognisesLoopbackNamesAndAddressesOnly(String host, boolean loopback) {
		assertThat(OriginSyntax.isLoopback(host)).isEqualTo(loopback);
	}

	static Stream<Arguments> isLoopbackRecognisesLoopbackNamesAndAddressesOnly() {
		return Stream.of(
				argumentSet("localhost", "localhost", true),
				argumentSet("a name under localhost", "app.localhost", true),
				argumentSet("127.0.0.1", "127.0.0.1", true),
				argumentSet("another address in 127/8", "127.1.2.3", true),
				argumentSet("the IPv6 loopback", "[::1]", true),
				argumentSet("a DNS name that starts with 127.", "127.example.com", false),
				argumentSet("a DNS name that starts with localhost", "localhost.example.com", false),
				argumentSet("a DNS name that ends with localhost without a dot", "evillocalhost", false),
				argumentSet("a private address", "10.0.0.1", false),
				argumentSet("another IPv6 address", "[::2]", false));
	}

	@ParameterizedTest
	@MethodSource
	void parsePortReadsPortsFrom1To65535(String value, int port) {
		assertThat(OriginSyntax.parsePort(value, 0, value.length())).isEqualTo(port);
	}

	static Stream<Arguments> parsePortReadsPortsFrom1To65535() {
		return Stream.of(
				argumentSet("the lowest port", "1", 1),
				argumentSet("the highest port", "65535", 65535),
				argumentSet("a port with a leading zero, which browsers never send", "08080", -1),
				argumentSet("no digits", "", -1),
				argumentSet("port 0", "0", -1),
				argumentSet("one above the highest", "65536", -1),
				argumentSet("six digits", "100000", -1),
				argumentSet("a sign", "+80", -1),
				argumentSet("a letter", "8o", -1));
	}

	@ParameterizedTest
	@MethodSource
	void defaultPortIsThePortBrowsersLeaveOut(String scheme, int port) {
		assertThat(OriginSyntax.defaultPort(scheme)).isEqualTo(port);
	}

	static Stream<Arguments> defaultPortIsThePortBrowsersLeaveOut() {
		return Stream.of(
				argumentSet("http", "http", 80),
				argumentSet("https", "https", 443),
				argumentSet("ws", "ws", 80),
				argumentSet("wss", "wss", 443),
				argumentSet("a scheme without a default port", "chrome-extension", -1));
	}

}
