package io.github.corspolicy.core.internal;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
				argumentSet("an underscore", "https://my_app.com", false),
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
