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
package io.github.corspolicy.core;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.PolicyProblem.Kind;

import static io.github.corspolicy.core.CorsSetting.ALLOWED_HEADERS;
import static io.github.corspolicy.core.CorsSetting.ALLOWED_METHODS;
import static io.github.corspolicy.core.CorsSetting.ALLOWED_ORIGINS;
import static io.github.corspolicy.core.CorsSetting.ALLOWED_ORIGIN_PATTERNS;
import static io.github.corspolicy.core.CorsSetting.ALLOWED_ORIGIN_REGEXES;
import static io.github.corspolicy.core.CorsSetting.ALLOW_CREDENTIALS;
import static io.github.corspolicy.core.CorsSetting.ALLOW_PRIVATE_NETWORK;
import static io.github.corspolicy.core.CorsSetting.DANGEROUSLY_ALLOW_NULL_ORIGIN;
import static io.github.corspolicy.core.CorsSetting.DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS;
import static io.github.corspolicy.core.CorsSetting.EXPOSED_HEADERS;
import static io.github.corspolicy.core.CorsSetting.MAX_AGE;
import static io.github.corspolicy.core.CorsSetting.PREFLIGHT_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Building a policy checks every setting: each rule names the value at fault by its key, says what
 * is wrong and what to write instead; risky but legal settings become warnings; valid values are
 * normalised.
 */
class CorsPolicyValidationTests {

	private static final String APP = "https://app.example.com";

	@ParameterizedTest
	@MethodSource
	void eachRuleReportsTheKeyTheValueWhatIsWrongAndTheFix(UnaryOperator<CorsPolicy.Builder> configure,
			Expected expected) {
		List<PolicyProblem> problems = problemsOf(configure.apply(CorsPolicy.builder().allowedOrigins(APP)));
		assertThat(problems).singleElement().satisfies(expected::matches);
	}

	static Stream<Arguments> eachRuleReportsTheKeyTheValueWhatIsWrongAndTheFix() {
		return Stream.of(
				rule("an origin without a scheme", b -> b.allowedOrigins(APP, "app.example.com"),
						problem(Kind.ORIGIN_NO_SCHEME, ALLOWED_ORIGINS, 1, "allowed-origins[1]", "app.example.com")
							.fix("write 'https://app.example.com' (or 'http://app.example.com' for local"
									+ " development)")),
				rule("a host and port without a scheme", b -> b.allowedOrigins("localhost:3000"),
						problem(Kind.ORIGIN_NO_SCHEME, ALLOWED_ORIGINS, 0, "allowed-origins[0]", "localhost:3000")
							.fix("write 'https://localhost:3000' (or 'http://localhost:3000' for local development)")),
				rule("an origin with a path", b -> b.allowedOrigins("https://app.com/api"),
						problem(Kind.ORIGIN_PATH, ALLOWED_ORIGINS, 0, "allowed-origins[0]", "https://app.com/api")
							.says("has a path ('/api'); an origin is scheme://host[:port] only")
							.fix("write 'https://app.com'")),
				rule("an origin with a trailing slash", b -> b.allowedOrigins(APP, "https://app.com/"),
						problem(Kind.ORIGIN_TRAILING_SLASH, ALLOWED_ORIGINS, 1, "allowed-origins[1]",
								"https://app.com/")
							.fix("write 'https://app.com'")),
				rule("an origin with a query", b -> b.allowedOrigins("https://app.com?tab=1"),
						problem(Kind.ORIGIN_QUERY, ALLOWED_ORIGINS, 0, "allowed-origins[0]", "https://app.com?tab=1")
							.says("has a query ('?tab=1'); an origin is scheme://host[:port] only")
							.fix("write 'https://app.com'")),
				rule("an origin with a fragment", b -> b.allowedOrigins("https://app.com#top"),
						problem(Kind.ORIGIN_FRAGMENT, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://app.com#top")
							.says("has a fragment ('#top'); an origin is scheme://host[:port] only")
							.fix("write 'https://app.com'")),
				rule("an origin with user information", b -> b.allowedOrigins("https://user:secret@app.com"),
						problem(Kind.ORIGIN_USER_INFO, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://user:secret@app.com")
							.says("has user information ('user:secret@'), which browsers never send in an Origin")
							.fix("write 'https://app.com'")),
				rule("an https origin with the explicit default port", b -> b.allowedOrigins("https://app.com:443"),
						problem(Kind.ORIGIN_DEFAULT_PORT, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://app.com:443")
							.fix("write 'https://app.com'")),
				rule("an http origin with the explicit default port", b -> b.allowedOrigins("http://x.com:80"),
						problem(Kind.ORIGIN_DEFAULT_PORT, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://x.com:80")
							.fix("write 'http://x.com'")),
				rule("an origin with a port above 65535", b -> b.allowedOrigins("https://app.com:99999"),
						problem(Kind.ORIGIN_INVALID_PORT, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://app.com:99999")),
				rule("an origin with a port that is not a number", b -> b.allowedOrigins("https://app.com:https"),
						problem(Kind.ORIGIN_INVALID_PORT, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://app.com:https")),
				rule("an origin with a non-ASCII host", b -> b.allowedOrigins("https://bücher.example"),
						problem(Kind.ORIGIN_NON_ASCII_HOST, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://bücher.example")
							.fix("write 'https://xn--bcher-kva.example'")),
				rule("an origin with a trailing dot", b -> b.allowedOrigins("https://app.example.com."),
						problem(Kind.ORIGIN_TRAILING_DOT, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://app.example.com.")
							.says("has a trailing dot, which makes it a different origin from"
									+ " 'https://app.example.com', the one browsers send for the usual address")
							.fix("write 'https://app.example.com'")),
				rule("an origin with an empty label", b -> b.allowedOrigins("https://app..example.com"),
						problem(Kind.ORIGIN_EMPTY_LABEL, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://app..example.com")),
				rule("an origin with a character that is not in DNS names", b -> b.allowedOrigins("https://a!b.example.com"),
						problem(Kind.ORIGIN_INVALID_HOST, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://a!b.example.com")),
				rule("an IPv6 loopback written in full", b -> b.allowedOrigins("http://[0:0:0:0:0:0:0:1]:3000"),
						problem(Kind.ORIGIN_NON_CANONICAL_IP, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://[0:0:0:0:0:0:0:1]:3000")
							.fix("write 'http://[::1]:3000'")),
				rule("an IPv6 address with leading zeros and a longer zero run later",
						b -> b.allowedOrigins("http://[2001:0db8:0:0:1:0:0:0]"),
						problem(Kind.ORIGIN_NON_CANONICAL_IP, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://[2001:0db8:0:0:1:0:0:0]")
							.fix("write 'http://[2001:db8:0:0:1::]'")),
				rule("an IPv4-mapped IPv6 address in dotted form", b -> b.allowedOrigins("http://[::FFFF:127.0.0.1]"),
						problem(Kind.ORIGIN_NON_CANONICAL_IP, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://[::FFFF:127.0.0.1]")
							.fix("write 'http://[::ffff:7f00:1]'")),
				rule("an IPv4 address with leading zeros", b -> b.allowedOrigins("http://127.000.000.001:3000"),
						problem(Kind.ORIGIN_NON_CANONICAL_IP, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://127.000.000.001:3000")
							.fix("write 'http://127.0.0.1:3000'")),
				rule("an IPv4 address written as one number", b -> b.allowedOrigins("http://2130706433"),
						problem(Kind.ORIGIN_NON_CANONICAL_IP, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://2130706433")
							.fix("write 'http://127.0.0.1'")),
				rule("an IPv4 address with a hexadecimal part", b -> b.allowedOrigins("http://0x7f.0.0.1"),
						problem(Kind.ORIGIN_NON_CANONICAL_IP, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://0x7f.0.0.1")
							.fix("write 'http://127.0.0.1'")),
				rule("an IPv4 address of two parts", b -> b.allowedOrigins("http://127.1:8080"),
						problem(Kind.ORIGIN_NON_CANONICAL_IP, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://127.1:8080")
							.fix("write 'http://127.0.0.1:8080'")),
				rule("an IPv4 address with a trailing dot", b -> b.allowedOrigins("http://10.0.0.1."),
						problem(Kind.ORIGIN_NON_CANONICAL_IP, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://10.0.0.1.")
							.fix("write 'http://10.0.0.1'")),
				rule("an IPv4 address with a part above 255", b -> b.allowedOrigins("http://256.1.1.1"),
						problem(Kind.ORIGIN_INVALID_IPV4, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://256.1.1.1")),
				rule("an IPv4 address of five parts", b -> b.allowedOrigins("http://1.2.3.4.5"),
						problem(Kind.ORIGIN_INVALID_IPV4, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://1.2.3.4.5")),
				rule("a host name whose last label is a number", b -> b.allowedOrigins("https://app.123"),
						problem(Kind.ORIGIN_INVALID_IPV4, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://app.123")),
				rule("an IPv4 address in brackets", b -> b.allowedOrigins("http://[1.2.3.4]"),
						problem(Kind.ORIGIN_INVALID_IPV6, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://[1.2.3.4]")
							.fix("write an IPv4 address without brackets (http://1.2.3.4)")),
				rule("an IPv6 literal of colons only", b -> b.allowedOrigins("http://[:::::]"),
						problem(Kind.ORIGIN_INVALID_IPV6, ALLOWED_ORIGINS, 0, "allowed-origins[0]", "http://[:::::]")),
				rule("an IPv6 literal with two '::'", b -> b.allowedOrigins("http://[::1::2]:8080"),
						problem(Kind.ORIGIN_INVALID_IPV6, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://[::1::2]:8080")),
				rule("an IPv6 literal with a piece of five digits", b -> b.allowedOrigins("http://[12345::1]"),
						problem(Kind.ORIGIN_INVALID_IPV6, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://[12345::1]")),
				rule("an IPv6 literal of nine pieces", b -> b.allowedOrigins("http://[1:2:3:4:5:6:7:8:9]"),
						problem(Kind.ORIGIN_INVALID_IPV6, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://[1:2:3:4:5:6:7:8:9]")),
				rule("a pattern with a trailing dot", b -> b.allowedOriginPatterns("https://*.example.com."),
						problem(Kind.ORIGIN_TRAILING_DOT, ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]",
								"https://*.example.com.")
							.fix("write 'https://*.example.com'")),
				rule("a pattern with a wildcard before an IP address", b -> b.allowedOriginPatterns("http://*.10.0.0.1"),
						problem(Kind.PATTERN_WILDCARD_BEFORE_IP,
								ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]", "http://*.10.0.0.1")
							.fix("write the address without '*.' (http://10.0.0.1)")),
				rule("a pattern with a non-canonical IPv4 address", b -> b.allowedOriginPatterns("http://127.1:[*]"),
						problem(Kind.ORIGIN_NON_CANONICAL_IP,
								ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]", "http://127.1:[*]")
							.fix("write 'http://127.0.0.1:[*]'")),
				rule("an empty origin", b -> b.allowedOrigins(APP, ""),
						problem(Kind.ORIGIN_EMPTY, ALLOWED_ORIGINS, 1, "allowed-origins[1]", "")),
				rule("an origin with white space around it", b -> b.allowedOrigins(" https://app.com "),
						problem(Kind.ORIGIN_WHITESPACE, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								" https://app.com ")
							.fix("write 'https://app.com'")),
				rule("'*' mixed into a list of origins", b -> b.allowedOrigins(APP, "*"),
						problem(Kind.ANY_MIXED_INTO_LIST, ALLOWED_ORIGINS, 1, "allowed-origins[1]", "*")),
				rule("'*' with credentials", b -> b.allowedOrigins("*").allowCredentials(true),
						problem(Kind.ANY_ORIGIN_WITH_CREDENTIALS, ALLOWED_ORIGINS, 0, "allowed-origins[0]", "*")
							.refersTo(ALLOW_CREDENTIALS)),
				rule("the 'null' origin without the dangerous opt-in", b -> b.allowedOrigins(APP, "null"),
						problem(Kind.NULL_ORIGIN, ALLOWED_ORIGINS, 1, "allowed-origins[1]", "null")
							.refersTo(DANGEROUSLY_ALLOW_NULL_ORIGIN)),
				rule("a wildcard among the exact origins", b -> b.allowedOrigins("https://*.example.com"),
						problem(Kind.ORIGIN_WILDCARD, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"https://*.example.com")
							.refersTo(ALLOWED_ORIGIN_PATTERNS)),
				rule("an invalid regex", b -> b.allowedOriginRegexes("https://(app\\.example\\.com"),
						problem(Kind.REGEX_INVALID, ALLOWED_ORIGIN_REGEXES, 0, "allowed-origin-regexes[0]",
								"https://(app\\.example\\.com")
							.says("is not a valid regular expression: Unclosed group at index 26")),
				rule("an empty regex", b -> b.allowedOriginRegexes("https://app\\.example\\.com", " "),
						problem(Kind.REGEX_EMPTY, ALLOWED_ORIGIN_REGEXES, 1, "allowed-origin-regexes[1]", " ")),
				rule("a pattern that matches every host", b -> b.allowedOriginPatterns("https://*"),
						problem(Kind.PATTERN_ANY_HOST, ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]",
								"https://*")),
				rule("a pattern over a top-level domain in a credentialed policy",
						b -> b.allowedOriginPatterns("https://*.example.com", "https://*.com").allowCredentials(true),
						problem(Kind.PUBLIC_SUFFIX_ORIGINS, ALLOWED_ORIGIN_PATTERNS, 1, "allowed-origin-patterns[1]",
								"https://*.com")
							.says("is broader than one registrable domain: anyone can own a name under 'com'; with"
									+ " allow-credentials=true each of those sites can act as the signed-in user")
							.fix("put your own domain after '*.', e.g. https://*.myapp.com")),
				rule("a pattern over a second-level registry in a credentialed policy",
						b -> b.allowedOriginPatterns("https://*.co.uk").allowCredentials(true),
						problem(Kind.PUBLIC_SUFFIX_ORIGINS, ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]",
								"https://*.co.uk")
							.says("is broader than one registrable domain: anyone can own a name under 'co.uk'; with"
									+ " allow-credentials=true each of those sites can act as the signed-in user")
							.fix("put your own domain after '*.', e.g. https://*.myapp.co.uk")),
				rule("a pattern over a shared hosting domain in a credentialed policy",
						b -> b.allowedOriginPatterns("https://*.vercel.app").allowCredentials(true),
						problem(Kind.PUBLIC_SUFFIX_ORIGINS, ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]",
								"https://*.vercel.app")
							.says("is broader than one registrable domain: anyone can own a name under 'vercel.app';"
									+ " with allow-credentials=true each of those sites can act as the signed-in user")
							.fix("list your own sites' exact origins, such as https://myapp.vercel.app, or use an"
									+ " origin regex that matches only your project's names; if your organisation"
									+ " operates 'vercel.app' itself (it is in the private section of the Public"
									+ " Suffix List), set dangerously-allow-public-suffix-origins=true")
							.refersTo(ALLOW_CREDENTIALS, DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS)),
				rule("a wildcard inside a label", b -> b.allowedOriginPatterns("https://app-*.example.com"),
						problem(Kind.PATTERN_WILDCARD_NOT_LEFTMOST_LABEL,
								ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]",
								"https://app-*.example.com")),
				rule("a port list with a word in it", b -> b.allowedOriginPatterns("http://localhost:[3000,abc]"),
						problem(Kind.PATTERN_INVALID_PORT_LIST,
								ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]",
								"http://localhost:[3000,abc]")),
				rule("a port list with a port above 65535", b -> b.allowedOriginPatterns("http://localhost:[70000]"),
						problem(Kind.PATTERN_INVALID_PORT_LIST,
								ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]", "http://localhost:[70000]")),
				rule("a pattern with both a port and a port list",
						b -> b.allowedOriginPatterns("http://localhost:9000:[3000]"),
						problem(Kind.PATTERN_PORT_AND_PORT_LIST,
								ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]",
								"http://localhost:9000:[3000]")),
				rule("a lower-case GET", b -> b.allowedMethods("PUT", "get"),
						problem(Kind.METHOD_LOWER_CASE, ALLOWED_METHODS, 1, "allowed-methods[1]", "get")
							.fix("write 'GET'")),
				rule("a lower-case DELETE, which browsers upper-case", b -> b.allowedMethods("delete"),
						problem(Kind.METHOD_LOWER_CASE, ALLOWED_METHODS, 0, "allowed-methods[0]", "delete")
							.says("is a lower-case spelling of DELETE; methods are case-sensitive and browsers send"
									+ " DELETE")
							.fix("write 'DELETE'")),
				rule("a lower-case PATCH, which browsers send as written", b -> b.allowedMethods("patch"),
						problem(Kind.METHOD_CASE_MISMATCH, ALLOWED_METHODS, 0, "allowed-methods[0]", "patch")
							.fix("write 'PATCH' here and in the front end's fetch call (method: 'PATCH')")),
				rule("a mixed-case Patch", b -> b.allowedMethods("GET", "Patch"),
						problem(Kind.METHOD_CASE_MISMATCH, ALLOWED_METHODS, 1, "allowed-methods[1]", "Patch")
							.fix("write 'PATCH' here and in the front end's fetch call (method: 'PATCH')")),
				rule("a lower-case connect, a forbidden method in any case", b -> b.allowedMethods("connect"),
						problem(Kind.FORBIDDEN_METHOD, ALLOWED_METHODS, 0, "allowed-methods[0]", "connect")),
				rule("two methods separated by a space", b -> b.allowedMethods("GET POST"),
						problem(Kind.METHOD_NOT_TOKEN, ALLOWED_METHODS, 0, "allowed-methods[0]", "GET POST")
							.fix("write a method such as GET or PUT")),
				rule("two methods separated by a comma", b -> b.allowedMethods("GET,POST"),
						problem(Kind.METHOD_NOT_TOKEN, ALLOWED_METHODS, 0, "allowed-methods[0]", "GET,POST")
							.fix("write one method per entry")),
				rule("'*' mixed into a list of methods", b -> b.allowedMethods("GET", "*"),
						problem(Kind.ANY_MIXED_INTO_LIST, ALLOWED_METHODS, 1, "allowed-methods[1]", "*")),
				rule("an allowed header name with a space", b -> b.allowedHeaders("X Request-ID"),
						problem(Kind.HEADER_NOT_TOKEN, ALLOWED_HEADERS, 0, "allowed-headers[0]", "X Request-ID")
							.fix("write a name such as X-Request-ID")),
				rule("two allowed header names in one entry", b -> b.allowedHeaders("Content-Type,X-Request-ID"),
						problem(Kind.HEADER_NOT_TOKEN, ALLOWED_HEADERS, 0, "allowed-headers[0]",
								"Content-Type,X-Request-ID")
							.fix("write one header name per entry")),
				rule("'*' mixed into a list of allowed headers", b -> b.allowedHeaders("X-Request-ID", "*"),
						problem(Kind.ANY_MIXED_INTO_LIST, ALLOWED_HEADERS, 1, "allowed-headers[1]", "*")),
				rule("an exposed header name with a colon", b -> b.exposedHeaders("ETag", "X-Trace:"),
						problem(Kind.HEADER_NOT_TOKEN, EXPOSED_HEADERS, 1, "exposed-headers[1]", "X-Trace:")),
				rule("'*' exposed with credentials", b -> b.exposedHeaders("*").allowCredentials(true),
						problem(Kind.ANY_EXPOSED_HEADER_WITH_CREDENTIALS, EXPOSED_HEADERS, 0, "exposed-headers[0]",
								"*")),
				rule("a negative max-age", b -> b.maxAge(Duration.ofSeconds(-5)),
						problem(Kind.MAX_AGE_NEGATIVE, MAX_AGE, -1, "max-age", "-5s")),
				rule("a negative sub-second max-age", b -> b.maxAge(Duration.ofMillis(-500)),
						problem(Kind.MAX_AGE_NEGATIVE, MAX_AGE, -1, "max-age", "-500ms")),
				rule("a sub-second max-age, which would be sent as 0", b -> b.maxAge(Duration.ofMillis(500)),
						problem(Kind.MAX_AGE_NOT_WHOLE_SECONDS, MAX_AGE, -1, "max-age", "500ms")
							.says("is not a whole number of seconds; Access-Control-Max-Age is in seconds and 500ms"
									+ " would be sent as 0, which turns the preflight cache off")),
				rule("a fractional max-age above one second", b -> b.maxAge(Duration.ofMillis(1500)),
						problem(Kind.MAX_AGE_NOT_WHOLE_SECONDS, MAX_AGE, -1, "max-age", "1500ms")
							.says("is not a whole number of seconds; Access-Control-Max-Age is in seconds and 1500ms"
									+ " would be sent as 1")),
				rule("a max-age of one nanosecond", b -> b.maxAge(Duration.ofNanos(1)),
						problem(Kind.MAX_AGE_NOT_WHOLE_SECONDS, MAX_AGE, -1, "max-age", "1ns")
							.says("is not a whole number of seconds; Access-Control-Max-Age is in seconds and 1ns"
									+ " would be sent as 0, which turns the preflight cache off")),
				rule("a preflight status of 201", b -> b.preflightStatus(201),
						problem(Kind.PREFLIGHT_STATUS_INVALID, PREFLIGHT_STATUS, -1, "preflight-status", "201")),
				rule("a preflight status of 302", b -> b.preflightStatus(302),
						problem(Kind.PREFLIGHT_STATUS_INVALID, PREFLIGHT_STATUS, -1, "preflight-status", "302")),
				rule("private network access with any origin", b -> b.allowedOrigins("*").allowPrivateNetwork(true),
						problem(Kind.ANY_ORIGIN_WITH_PRIVATE_NETWORK,
								ALLOW_PRIVATE_NETWORK, -1, "allow-private-network", "true")
							.refersTo(ALLOWED_ORIGINS)));
	}

	@Test
	void theNullOriginIsAcceptedWithTheDangerousOptIn() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP, "null").dangerouslyAllowNullOrigin(true).build();
		assertThat(policy.describe()).containsEntry("allowed-origins", List.of(APP, "null"))
			.containsEntry("dangerously-allow-null-origin", true);
	}

	@Test
	void everyProblemIsReportedInOneExceptionInTheOrderOfTheEntries() {
		CorsPolicy.Builder builder = CorsPolicy.builder()
			.allowedOrigins("app.example.com", APP, "https://app.com/")
			.allowedOriginPatterns("https://*.com")
			.allowedOriginRegexes("(")
			.allowCredentials(true)
			.allowedMethods("get")
			.allowedHeaders("X Y")
			.exposedHeaders("A,B")
			.maxAge(Duration.ofSeconds(-1))
			.preflightStatus(500);
		assertThat(problemsOf(builder)).extracting(PolicyProblem::key)
			.containsExactly("allowed-origins[0]", "allowed-origins[2]", "allowed-origin-patterns[0]",
					"allowed-origin-regexes[0]", "allowed-methods[0]", "allowed-headers[0]", "exposed-headers[0]",
					"max-age", "preflight-status");
	}

	@Test
	void problemsWithCombinationsOfSettingsAreReportedInTheOrderOfTheSettings() {
		CorsPolicy.Builder builder = CorsPolicy.builder()
			.allowedOrigins("*")
			.allowCredentials(true)
			.allowedMethods("get")
			.exposedHeaders("*")
			.maxAge(Duration.ofSeconds(-1))
			.allowPrivateNetwork(true)
			.preflightStatus(500);
		assertThat(problemsOf(builder)).extracting(PolicyProblem::key)
			.containsExactly("allowed-origins[0]", "allowed-methods[0]", "exposed-headers[0]", "max-age",
					"allow-private-network", "preflight-status");
	}

	@Test
	void theExceptionMessageCountsAndListsEveryProblem() {
		CorsPolicy.Builder builder = CorsPolicy.builder().allowedOrigins("https://app.com/", "").allowedMethods("get");
		InvalidCorsPolicyException exception = catchThrowableOfType(InvalidCorsPolicyException.class, builder::build);
		assertThat(exception.getProblems()).hasSize(3);
		assertThat(exception.getMessage()).startsWith("Invalid CORS policy (3 problems):")
			.contains("\n  - allowed-origins[0]='https://app.com/' has a trailing slash")
			.contains("; fix: write 'https://app.com'")
			.contains("\n  - allowed-origins[1]='' is empty")
			.contains("\n  - allowed-methods[0]='get' is a lower-case spelling of GET");
		exception.getProblems().forEach(problem -> assertThat(exception.getMessage()).contains(problem.toString()));
	}

	@Test
	void theExceptionMessageForOneProblemSaysProblemInTheSingular() {
		CorsPolicy.Builder builder = CorsPolicy.builder().allowedOrigins("https://app.com/");
		assertThat(catchThrowableOfType(InvalidCorsPolicyException.class, builder::build))
			.hasMessageStartingWith("Invalid CORS policy (1 problem):\n  - allowed-origins[0]='https://app.com/'");
	}

	@ParameterizedTest
	@MethodSource
	void riskyButLegalSettingsAreWarnings(UnaryOperator<CorsPolicy.Builder> configure, Expected expected) {
		CorsPolicy policy = configure.apply(CorsPolicy.builder()).build();
		assertThat(policy.warnings()).singleElement().satisfies(expected::matches);
	}

	static Stream<Arguments> riskyButLegalSettingsAreWarnings() {
		return Stream.of(
				rule("a plain http: origin in a credentialed policy",
						b -> b.allowedOrigins(APP, "http://app.example.com").allowCredentials(true),
						problem(Kind.INSECURE_ORIGIN_WITH_CREDENTIALS, ALLOWED_ORIGINS, 1, "allowed-origins[1]",
								"http://app.example.com")),
				rule("a plain http: host that merely starts with 127. in a credentialed policy",
						b -> b.allowedOrigins("http://127.example.com").allowCredentials(true),
						problem(Kind.INSECURE_ORIGIN_WITH_CREDENTIALS, ALLOWED_ORIGINS, 0, "allowed-origins[0]",
								"http://127.example.com")),
				rule("a plain http: pattern in a credentialed policy",
						b -> b.allowedOriginPatterns("http://*.example.com").allowCredentials(true),
						problem(Kind.INSECURE_ORIGIN_WITH_CREDENTIALS,
								ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]", "http://*.example.com")),
				rule("a pattern over a second-level registry in a policy without credentials",
						b -> b.allowedOriginPatterns("https://*.co.uk"),
						problem(Kind.PUBLIC_SUFFIX_ORIGINS, ALLOWED_ORIGIN_PATTERNS, 0, "allowed-origin-patterns[0]",
								"https://*.co.uk")
							.says("is broader than one registrable domain: anyone can own a name under 'co.uk';"
									+ " every one of those sites may read responses, as with '*'")
							.fix("put your own domain after '*.', e.g. https://*.myapp.co.uk")),
				rule("a regex that matches every origin in a policy without credentials",
						b -> b.allowedOriginRegexes("https://.*"),
						problem(Kind.BROAD_REGEX, ALLOWED_ORIGIN_REGEXES, 0, "allowed-origin-regexes[0]",
								"https://.*")),
				rule("a max-age above two hours", b -> b.allowedOrigins(APP).maxAge(Duration.ofHours(3)),
						problem(Kind.MAX_AGE_ABOVE_CHROMIUM_CAP, MAX_AGE, -1, "max-age", "10800s")),
				rule("a regex with an unescaped dot", b -> b.allowedOriginRegexes("https://app.eu\\.example\\.com"),
						problem(Kind.REGEX_UNESCAPED_DOT, ALLOWED_ORIGIN_REGEXES, 0, "allowed-origin-regexes[0]",
								"https://app.eu\\.example\\.com")),
				rule("a regex that repeats a repeated group", b -> b.allowedOriginRegexes("https://(a+)+\\.example\\.com"),
						problem(Kind.REGEX_AMBIGUOUS_REPETITION,
								ALLOWED_ORIGIN_REGEXES, 0, "allowed-origin-regexes[0]",
								"https://(a+)+\\.example\\.com")),
				rule("a regex with a counted repetition of a group holding '.*'",
						b -> b.allowedOriginRegexes("https://(.*a){12}\\.example\\.com"),
						problem(Kind.REGEX_AMBIGUOUS_REPETITION,
								ALLOWED_ORIGIN_REGEXES, 0, "allowed-origin-regexes[0]",
								"https://(.*a){12}\\.example\\.com")),
				rule("no origins at all", b -> b,
						problem(Kind.NO_ORIGIN_ALLOWED, ALLOWED_ORIGINS, -1, "allowed-origins", "")
							.refersTo(ALLOWED_ORIGINS)));
	}

	@ParameterizedTest
	@MethodSource
	void safeSettingsBuildWithoutWarnings(UnaryOperator<CorsPolicy.Builder> configure) {
		assertThat(configure.apply(CorsPolicy.builder()).build().warnings()).isEmpty();
	}

	static Stream<Arguments> safeSettingsBuildWithoutWarnings() {
		return Stream.of(
				settings("http://localhost:3000 in a credentialed policy",
						b -> b.allowedOrigins("http://localhost:3000").allowCredentials(true)),
				settings("http://127.0.0.1:5173 in a credentialed policy",
						b -> b.allowedOrigins("http://127.0.0.1:5173").allowCredentials(true)),
				settings("http://[::1]:8080 in a credentialed policy",
						b -> b.allowedOrigins("http://[::1]:8080").allowCredentials(true)),
				settings("http://app.localhost:3000 in a credentialed policy",
						b -> b.allowedOrigins("http://app.localhost:3000").allowCredentials(true)),
				settings("a plain http: localhost pattern with a port list in a credentialed policy",
						b -> b.allowedOriginPatterns("http://localhost:[3000,5173]").allowCredentials(true)),
				settings("a plain http: origin in a policy without credentials",
						b -> b.allowedOrigins("http://app.example.com")),
				settings("a plain http: pattern in a policy without credentials",
						b -> b.allowedOriginPatterns("http://*.example.com")),
				settings("a max-age of exactly two hours", b -> b.allowedOrigins(APP).maxAge(Duration.ofHours(2))),
				settings("a max-age of 0s, which turns caching off on purpose",
						b -> b.allowedOrigins(APP).maxAge(Duration.ZERO)),
				settings("a regex with escaped dots", b -> b.allowedOriginRegexes("https://[a-z]+\\.example\\.com")),
				settings("a regex whose only dot is a wildcard", b -> b.allowedOriginRegexes("https://.*\\.example\\.com")),
				settings("a regex with a dot inside a character class",
						b -> b.allowedOriginRegexes("https://[a-z.]+\\.example\\.com")),
				settings("a regex with a repeated group of single characters",
						b -> b.allowedOriginRegexes("https://([a-z0-9-]+\\.)?tenant\\.example\\.com")),
				settings("a regex with an alternation and a repeated class",
						b -> b.allowedOriginRegexes("https://(eu|us)-[a-z]+\\.example\\.com")),
				settings("a regex with a quantifier inside a character class",
						b -> b.allowedOriginRegexes("https://([+*]x)+\\.example\\.com")),
				settings("a regex repeating labels that end with a literal dot",
						b -> b.allowedOriginRegexes("https://([a-z0-9-]+\\.)+example\\.com")));
	}

	@ParameterizedTest
	@MethodSource
	void validValuesAreNormalisedInTheDescription(UnaryOperator<CorsPolicy.Builder> configure, String key,
			Object described) {
		assertThat(configure.apply(CorsPolicy.builder()).build().describe()).containsEntry(key, described);
	}

	static Stream<Arguments> validValuesAreNormalisedInTheDescription() {
		return Stream.of(
				argumentSet("upper-case scheme and host of an origin are lowered",
						origins("HTTPS://App.Example.COM:8443"), "allowed-origins", List.of("https://app.example.com:8443")),
				argumentSet("duplicate origins are removed, whatever their case",
						origins(APP, "HTTPS://APP.EXAMPLE.COM", "https://admin.example.com", APP), "allowed-origins",
						List.of(APP, "https://admin.example.com")),
				argumentSet("a host name with an underscore, as docker-compose service names have",
						origins("http://front_end:3000"), "allowed-origins", List.of("http://front_end:3000")),
				argumentSet("a pattern over a domain with an underscore", patterns("https://*.my_stack.example.com"),
						"allowed-origin-patterns", List.of("https://*.my_stack.example.com")),
				argumentSet("upper-case hexadecimal digits of an IPv6 literal are lowered",
						origins("http://[FE80::1]:8080"), "allowed-origins", List.of("http://[fe80::1]:8080")),
				argumentSet("canonical IP literals are kept",
						origins("http://0.0.0.0:3000", "http://[2001:db8::1:0:0:1]", "http://[::ffff:7f00:1]"),
						"allowed-origins", List.of("http://0.0.0.0:3000", "http://[2001:db8::1:0:0:1]",
								"http://[::ffff:7f00:1]")),
				argumentSet("leading zeros of a port are dropped", origins("https://app.example.com:08443"),
						"allowed-origins", List.of("https://app.example.com:8443")),
				argumentSet("upper-case scheme and host of a pattern are lowered and its port list is compacted",
						patterns("HTTP://LocalHost:[3000, 5173]", "HTTPS://*.Example.com"), "allowed-origin-patterns",
						List.of("http://localhost:[3000,5173]", "https://*.example.com")),
				argumentSet("duplicate patterns are removed",
						patterns("https://*.example.com", "HTTPS://*.EXAMPLE.COM"), "allowed-origin-patterns",
						List.of("https://*.example.com")),
				argumentSet("duplicate regexes are removed",
						(UnaryOperator<CorsPolicy.Builder>) b -> b.allowedOriginRegexes("https://a\\.b", "https://a\\.b"),
						"allowed-origin-regexes", List.of("https://a\\.b")),
				argumentSet("duplicate methods are removed",
						(UnaryOperator<CorsPolicy.Builder>) b -> b.allowedOrigins(APP).allowedMethods("GET", "PUT", "GET"),
						"allowed-methods", List.of("GET", "PUT")),
				argumentSet("allowed header names are lower-cased and deduplicated",
						(UnaryOperator<CorsPolicy.Builder>) b -> b.allowedOrigins(APP)
							.allowedHeaders("X-Request-ID", "x-request-id", "Content-Type"),
						"allowed-headers", List.of("x-request-id", "content-type")),
				argumentSet("exposed header names keep their case and are deduplicated",
						(UnaryOperator<CorsPolicy.Builder>) b -> b.allowedOrigins(APP).exposedHeaders("ETag", "etag"),
						"exposed-headers", List.of("ETag")),
				argumentSet("max-age is described in seconds",
						(UnaryOperator<CorsPolicy.Builder>) b -> b.allowedOrigins(APP).maxAge(Duration.ofMinutes(10)),
						"max-age", 600L));
	}

	@Test
	void theDescriptionNamesEverySettingByItsConfigurationKey() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins("HTTPS://App.Example.com")
			.allowedOriginPatterns("https://*.example.com:[*]")
			.allowedOriginRegexes("https://[a-z]+\\.example\\.org")
			.allowedMethods("GET", "PUT")
			.allowedHeaders("Content-Type")
			.exposedHeaders("ETag")
			.maxAge(Duration.ofMinutes(30))
			.allowCredentials(true)
			.allowPrivateNetwork(true)
			.preflightStatus(200)
			.timingAllowOrigin(true)
			.build();
		assertThat(policy.describe()).containsExactly(
				entry("allowed-origins", List.of(APP)),
				entry("allowed-origin-patterns", List.of("https://*.example.com:[*]")),
				entry("allowed-origin-regexes", List.of("https://[a-z]+\\.example\\.org")),
				entry("allowed-methods", List.of("GET", "PUT")),
				entry("allowed-headers", List.of("content-type")),
				entry("exposed-headers", List.of("ETag")),
				entry("max-age", 1800L),
				entry("allow-credentials", true),
				entry("allow-private-network", true),
				entry("preflight-status", 200),
				entry("timing-allow-origin", true),
				entry("dangerously-allow-null-origin", false),
				entry("dangerously-allow-public-suffix-origins", false));
	}

	@Test
	void aValidPolicyBuildsWithoutProblems() {
		assertThatNoException().isThrownBy(() -> CorsPolicy.builder()
			.allowedOrigins(APP)
			.allowedMethods("GET", "PUT", "PATCH", "DELETE", "PROPFIND")
			.allowedHeaders("Content-Type", "Authorization")
			.allowCredentials(true)
			.build());
	}

	private static List<PolicyProblem> problemsOf(CorsPolicy.Builder builder) {
		InvalidCorsPolicyException exception = catchThrowableOfType(InvalidCorsPolicyException.class, builder::build);
		assertThat(exception).as("the exception for an invalid policy").isNotNull();
		return exception.getProblems();
	}

	private static Arguments rule(String description, UnaryOperator<CorsPolicy.Builder> configure, Expected expected) {
		return argumentSet(description, configure, expected);
	}

	private static Arguments settings(String description, UnaryOperator<CorsPolicy.Builder> configure) {
		return argumentSet(description, configure);
	}

	private static UnaryOperator<CorsPolicy.Builder> origins(String... origins) {
		return b -> b.allowedOrigins(origins);
	}

	private static UnaryOperator<CorsPolicy.Builder> patterns(String... patterns) {
		return b -> b.allowedOriginPatterns(patterns);
	}

	private static Expected problem(Kind kind, CorsSetting setting, int index, String key, String value) {
		return new Expected(kind, setting, index, key, value, null, null, null);
	}

	/**
	 * The problem a rule must report: its kind and where; and, where a row says so, the whole problem
	 * or fix text a user reads (when it is worked out from the value) and the settings it refers to.
	 */
	record Expected(Kind kind, CorsSetting setting, int index, String key, String value, @Nullable String problem,
			@Nullable String fix, @Nullable List<CorsSetting> references) {

		Expected says(String problem) {
			return new Expected(this.kind, this.setting, this.index, this.key, this.value, problem, this.fix,
					this.references);
		}

		Expected fix(String fix) {
			return new Expected(this.kind, this.setting, this.index, this.key, this.value, this.problem, fix,
					this.references);
		}

		Expected refersTo(CorsSetting... references) {
			return new Expected(this.kind, this.setting, this.index, this.key, this.value, this.problem, this.fix,
					List.of(references));
		}

		void matches(PolicyProblem problem) {
			assertThat(problem.kind()).as("kind").isEqualTo(this.kind);
			assertThat(problem.setting()).as("setting").isEqualTo(this.setting);
			assertThat(problem.index()).as("index").isEqualTo(this.index);
			assertThat(problem.key()).as("key").isEqualTo(this.key);
			assertThat(problem.value()).as("value").isEqualTo(this.value);
			if (this.problem != null) {
				assertThat(problem.problem()).as("problem").isEqualTo(this.problem);
			}
			if (this.fix != null) {
				assertThat(problem.fix()).as("fix").isEqualTo(this.fix);
			}
			if (this.references != null) {
				assertThat(problem.references()).as("references").containsExactlyInAnyOrderElementsOf(this.references);
			}
		}

	}

}
