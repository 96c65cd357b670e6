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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.CorsDecision.Outcome;
import io.github.corspolicy.core.internal.RequestedHeaders;

import static io.github.corspolicy.core.RejectionReason.HEADER_NOT_ALLOWED;
import static io.github.corspolicy.core.RejectionReason.MALFORMED;
import static io.github.corspolicy.core.RejectionReason.METHOD_NOT_ALLOWED;
import static io.github.corspolicy.core.RejectionReason.ORIGIN_NOT_ALLOWED;
import static io.github.corspolicy.core.RejectionReason.PRIVATE_NETWORK_NOT_ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Evaluating real requests: the outcome, the status, the reason for a rejection and the exact
 * response headers, {@code Vary} included.
 */
class CorsPolicyEvaluationTests {

	private static final String APP = "https://app.example.com";

	private static final String EVIL = "https://evil.example";

	private static final String ACAO = "Access-Control-Allow-Origin";

	private static final String ACAC = "Access-Control-Allow-Credentials";

	private static final String ACEH = "Access-Control-Expose-Headers";

	private static final String ACAM = "Access-Control-Allow-Methods";

	private static final String ACAH = "Access-Control-Allow-Headers";

	private static final String ACMA = "Access-Control-Max-Age";

	private static final String ACAPN = "Access-Control-Allow-Private-Network";

	private static final String VARY = "Vary";

	private static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	private static final String PRIVATE_NETWORK_VARY = PREFLIGHT_VARY + ", Access-Control-Request-Private-Network";

	/** A typical front end calling its API with cookies. */
	private static final CorsPolicy CREDENTIALED = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("GET", "POST", "PUT")
		.allowedHeaders("Content-Type", "X-Request-ID")
		.exposedHeaders("ETag")
		.maxAge(Duration.ofMinutes(10))
		.allowCredentials(true)
		.build();

	private static final CorsPolicy PUBLIC = CorsPolicy.builder().allowAnyOrigin().exposedHeaders("ETag").build();

	private static final CorsPolicy ANY_METHOD_AND_HEADER = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedMethods("*")
		.allowedHeaders("*")
		.build();

	private static final CorsPolicy STATUS_200 = CorsPolicy.builder().allowedOrigins(APP).preflightStatus(200).build();

	private static final CorsPolicy PUT_ONLY = CorsPolicy.builder().allowedOrigins(APP).allowedMethods("PUT").build();

	private static final CorsPolicy PRIVATE_NETWORK = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowPrivateNetwork(true)
		.build();

	private static final CorsPolicy SUBDOMAINS = patterns("https://*.example.com");

	private static final CorsPolicy SUBDOMAINS_ANY_PORT = patterns("https://*.example.com:[*]");

	private static final CorsPolicy SUBDOMAINS_PORT_8443 = patterns("https://*.example.com:[8443]");

	private static final CorsPolicy LOCAL_DEV = patterns("http://localhost:[3000,5173]");

	private static final CorsPolicy LOCALHOST_ANY_PORT = patterns("http://localhost:[*]");

	private static final CorsPolicy DOCKER_COMPOSE = CorsPolicy.builder().allowedOrigins("http://front_end:3000").build();

	private static final CorsPolicy CASE_INSENSITIVE_REGEX = CorsPolicy.builder()
		.allowedOriginRegexes("(?i)https://[a-z]+\\.example\\.com")
		.build();

	private static final CorsPolicy ANY_HOST_REGEX = CorsPolicy.builder().allowedOriginRegexes("http://.*").build();

	private static final CorsPolicy UNANCHORED_REGEX = CorsPolicy.builder()
		.allowedOriginRegexes("https://app\\.example\\.com")
		.build();

	private static final CorsPolicy NULL_ALLOWED = CorsPolicy.builder()
		.allowedOrigins("null")
		.dangerouslyAllowNullOrigin(true)
		.build();

	@ParameterizedTest
	@MethodSource
	void requestsAreDecidedWithExactHeaders(CorsPolicy policy, CorsRequest request, Expected expected) {
		CorsDecision decision = policy.evaluate(request);
		assertThat(decision.outcome()).as("outcome").isEqualTo(expected.outcome());
		assertThat(decision.status()).as("status").isEqualTo(expected.status());
		assertThat(reasonOf(decision)).as("rejection reason").isEqualTo(expected.reason());
		assertThat(decision.isRejected()).as("rejected").isEqualTo(expected.reason() != null);
		assertThat(decision.headers(request)).as("headers").isEqualTo(expected.headers());
	}

	static Stream<Arguments> requestsAreDecidedWithExactHeaders() {
		return Stream.of(
				row("a request without Origin is not CORS and varies on Origin", CREDENTIALED,
						CorsRequest.actual("GET", null),
						notCors(VARY, "Origin")),
				row("an OPTIONS request with Access-Control-Request-Method but without Origin is not CORS",
						CREDENTIALED, new CorsRequest("OPTIONS", null, "PUT", null, null),
						notCors(VARY, "Origin")),
				row("a request without Origin to an any-origin policy gets the '*' headers, safe for any cache", PUBLIC,
						CorsRequest.actual("GET", null),
						notCors(ACAO, "*", ACEH, "ETag")),
				row("an allowed origin is echoed, with credentials, exposed headers and Vary", CREDENTIALED,
						CorsRequest.actual("GET", APP),
						actualAccepted(ACAO, APP, ACAC, "true", ACEH, "ETag", VARY, "Origin")),
				row("an any-origin policy without credentials answers '*' without Vary", PUBLIC,
						CorsRequest.actual("DELETE", EVIL),
						actualAccepted(ACAO, "*", ACEH, "ETag")),
				row("a same-origin request is decided on its origin: not allowed, it gets only Vary", CREDENTIALED,
						new CorsRequest("POST", "https://api.example.com", null, null, null, "https://api.example.com"),
						actualRejected(ORIGIN_NOT_ALLOWED, VARY, "Origin")),
				row("an allowed origin gets the CORS headers even when it looks same-origin (forwarded headers)",
						CREDENTIALED, new CorsRequest("GET", APP, null, null, null, APP),
						actualAccepted(ACAO, APP, ACAC, "true", ACEH, "ETag", VARY, "Origin")),
				row("a same-origin OPTIONS with Access-Control-Request-Method is a preflight like any other",
						CREDENTIALED,
						new CorsRequest("OPTIONS", "https://api.example.com", "PUT", null, null, "https://api.example.com"),
						preflightRejected(ORIGIN_NOT_ALLOWED, VARY, PREFLIGHT_VARY)),
				row("an allowed origin on another port than the server's is cross-origin", CREDENTIALED,
						new CorsRequest("GET", APP, null, null, null, "https://app.example.com:8443"),
						actualAccepted(ACAO, APP, ACAC, "true", ACEH, "ETag", VARY, "Origin")),
				row("an origin that is not allowed gets only Vary", CREDENTIALED,
						CorsRequest.actual("GET", EVIL),
						actualRejected(ORIGIN_NOT_ALLOWED, VARY, "Origin")),
				row("an actual request is not checked against the allowed methods", PUT_ONLY,
						CorsRequest.actual("DELETE", APP),
						actualAccepted(ACAO, APP, VARY, "Origin")),
				row("OPTIONS with Origin but without Access-Control-Request-Method is an actual request", CREDENTIALED,
						new CorsRequest("OPTIONS", APP, null, "x-request-id", "true"),
						actualAccepted(ACAO, APP, ACAC, "true", ACEH, "ETag", VARY, "Origin")),
				row("a lower-case 'options' method is not a preflight", CREDENTIALED,
						new CorsRequest("options", APP, "PUT", null, null),
						actualAccepted(ACAO, APP, ACAC, "true", ACEH, "ETag", VARY, "Origin")),
				row("an accepted preflight lists methods and headers, the max-age and Vary", CREDENTIALED,
						CorsRequest.preflight(APP, "PUT", "content-type"),
						preflightAccepted(204, ACAO, APP, ACAC, "true", ACAM, "GET, POST, PUT", ACAH,
								"content-type, x-request-id", ACMA, "600", VARY, PREFLIGHT_VARY)),
				row("an accepted preflight answers with the configured status 200", STATUS_200,
						CorsRequest.preflight(APP, "POST", null),
						preflightAccepted(200, ACAO, APP, ACAM, "GET, HEAD, POST", VARY, PREFLIGHT_VARY)),
				row("any method and any header echo the requested method and header list", ANY_METHOD_AND_HEADER,
						CorsRequest.preflight(APP, "PATCH", "X-Custom, Authorization"),
						preflightAccepted(204, ACAO, APP, ACAM, "PATCH", ACAH, "X-Custom, Authorization", VARY,
								PREFLIGHT_VARY)),
				row("any header writes no Access-Control-Allow-Headers when none is requested", ANY_METHOD_AND_HEADER,
						CorsRequest.preflight(APP, "DELETE", null),
						preflightAccepted(204, ACAO, APP, ACAM, "DELETE", VARY, PREFLIGHT_VARY)),
				row("the safelisted GET is allowed though only PUT is listed", PUT_ONLY,
						CorsRequest.preflight(APP, "GET", null),
						preflightAccepted(204, ACAO, APP, ACAM, "PUT", VARY, PREFLIGHT_VARY)),
				row("the safelisted HEAD is allowed though only PUT is listed", PUT_ONLY,
						CorsRequest.preflight(APP, "HEAD", null),
						preflightAccepted(204, ACAO, APP, ACAM, "PUT", VARY, PREFLIGHT_VARY)),
				row("the safelisted POST is allowed though only PUT is listed", PUT_ONLY,
						CorsRequest.preflight(APP, "POST", null),
						preflightAccepted(204, ACAO, APP, ACAM, "PUT", VARY, PREFLIGHT_VARY)),
				row("a lower-case 'put' is not PUT: methods are case-sensitive", PUT_ONLY,
						CorsRequest.preflight(APP, "put", null),
						preflightRejected(METHOD_NOT_ALLOWED, VARY, PREFLIGHT_VARY)),
				row("a lower-case 'get' is not the safelisted GET", PUT_ONLY,
						CorsRequest.preflight(APP, "get", null),
						preflightRejected(METHOD_NOT_ALLOWED, VARY, PREFLIGHT_VARY)),
				row("a method that is not listed is rejected", CREDENTIALED,
						CorsRequest.preflight(APP, "DELETE", null),
						preflightRejected(METHOD_NOT_ALLOWED, VARY, PREFLIGHT_VARY)),
				row("requested header names match whatever their case", CREDENTIALED,
						CorsRequest.preflight(APP, "PUT", "Content-Type,X-REQUEST-ID"),
						preflightAccepted(204, ACAO, APP, ACAC, "true", ACAM, "GET, POST, PUT", ACAH,
								"content-type, x-request-id", ACMA, "600", VARY, PREFLIGHT_VARY)),
				row("a requested header that is not listed is rejected", CREDENTIALED,
						CorsRequest.preflight(APP, "PUT", "content-type, authorization"),
						preflightRejected(HEADER_NOT_ALLOWED, VARY, PREFLIGHT_VARY)),
				row("requested headers may carry optional white space and empty elements", CREDENTIALED,
						CorsRequest.preflight(APP, "PUT", " content-type ,\t, ,x-request-id ,"),
						preflightAccepted(204, ACAO, APP, ACAC, "true", ACAM, "GET, POST, PUT", ACAH,
								"content-type, x-request-id", ACMA, "600", VARY, PREFLIGHT_VARY)),
				row("requested headers from several lines are joined with ', '", ANY_METHOD_AND_HEADER,
						CorsRequest.preflight(APP, "PUT", "x-a, x-b" + ", " + "x-c"),
						preflightAccepted(204, ACAO, APP, ACAM, "PUT", ACAH, "x-a, x-b, x-c", VARY, PREFLIGHT_VARY)),
				row("a requested header element that is not a token is malformed", CREDENTIALED,
						CorsRequest.preflight(APP, "PUT", "content-type, x request"),
						preflightRejected(MALFORMED, VARY, PREFLIGHT_VARY)),
				row("a requested header list with CR LF is malformed, even with any header allowed",
						ANY_METHOD_AND_HEADER, CorsRequest.preflight(APP, "PUT", "x-a\r\nSet-Cookie: a=b"),
						preflightRejected(MALFORMED, VARY, PREFLIGHT_VARY)),
				row("a requested header list of 1,024 commas is malformed", CREDENTIALED,
						CorsRequest.preflight(APP, "PUT", ",".repeat(1024)),
						preflightRejected(MALFORMED, VARY, PREFLIGHT_VARY)),
				row("a requested header list longer than the limit is malformed, even with any header allowed",
						ANY_METHOD_AND_HEADER,
						CorsRequest.preflight(APP, "PUT", "x-a,".repeat(RequestedHeaders.MAX_ELEMENTS) + "x-a"),
						preflightRejected(MALFORMED, VARY, PREFLIGHT_VARY)),
				row("a requested header list at the limit is accepted", CREDENTIALED,
						CorsRequest.preflight(APP, "PUT", String.join(",",
								Collections.nCopies(RequestedHeaders.MAX_ELEMENTS, "content-type"))),
						preflightAccepted(204, ACAO, APP, ACAC, "true", ACAM, "GET, POST, PUT", ACAH,
								"content-type, x-request-id", ACMA, "600", VARY, PREFLIGHT_VARY)),
				row("a requested method that is a list is malformed", ANY_METHOD_AND_HEADER,
						CorsRequest.preflight(APP, "GET, PUT", null),
						preflightRejected(MALFORMED, VARY, PREFLIGHT_VARY)),
				row("an empty requested method is malformed", ANY_METHOD_AND_HEADER,
						CorsRequest.preflight(APP, "", null),
						preflightRejected(MALFORMED, VARY, PREFLIGHT_VARY)),
				row("a private network preflight is accepted when allowed", PRIVATE_NETWORK,
						new CorsRequest("OPTIONS", APP, "GET", null, "true"),
						preflightAccepted(204, ACAO, APP, ACAM, "GET, HEAD, POST", ACAPN, "true", VARY,
								PRIVATE_NETWORK_VARY)),
				row("a preflight without private network access still varies on it when the policy allows it",
						PRIVATE_NETWORK, CorsRequest.preflight(APP, "GET", null),
						preflightAccepted(204, ACAO, APP, ACAM, "GET, HEAD, POST", VARY, PRIVATE_NETWORK_VARY)),
				row("a private network preflight is rejected when not allowed", CREDENTIALED,
						new CorsRequest("OPTIONS", APP, "GET", null, "true"),
						preflightRejected(PRIVATE_NETWORK_NOT_ALLOWED, VARY, PREFLIGHT_VARY)),
				row("a preflight from an origin that is not allowed", CREDENTIALED,
						CorsRequest.preflight(EVIL, "GET", null),
						preflightRejected(ORIGIN_NOT_ALLOWED, VARY, PREFLIGHT_VARY)),
				row("a preflight to an any-origin policy answers '*'", PUBLIC,
						CorsRequest.preflight(EVIL, "POST", null),
						preflightAccepted(204, ACAO, "*", ACAM, "GET, HEAD, POST", VARY, PREFLIGHT_VARY)),
				row("the 'null' origin is echoed when opted in", NULL_ALLOWED,
						CorsRequest.actual("GET", "null"),
						actualAccepted(ACAO, "null", VARY, "Origin")));
	}

	@ParameterizedTest
	@MethodSource
	void originsAreMatchedExactlyByPatternOrByRegex(CorsPolicy policy, String origin,
			@Nullable RejectionReason expected) {
		CorsRequest request = CorsRequest.actual("GET", origin);
		CorsDecision decision = policy.evaluate(request);
		assertThat(reasonOf(decision)).as("rejection reason").isEqualTo(expected);
		if (expected == null) {
			assertThat(decision.outcome()).isEqualTo(Outcome.ACTUAL_ACCEPTED);
			assertThat(decision.headers(request)).containsEntry(ACAO, origin);
		}
		else {
			assertThat(decision.outcome()).isEqualTo(Outcome.ACTUAL_ORIGIN_NOT_ALLOWED);
			assertThat(decision.headers(request)).doesNotContainKey(ACAO);
		}
	}

	static Stream<Arguments> originsAreMatchedExactlyByPatternOrByRegex() {
		return Stream.of(
				origin("an exact origin", CREDENTIALED, APP, null),
				origin("an exact origin in upper case, which browsers never send", CREDENTIALED,
						"HTTPS://APP.EXAMPLE.COM", MALFORMED),
				origin("an exact origin whose host has an underscore", DOCKER_COMPOSE, "http://front_end:3000", null),
				origin("an upper-case label under a wildcard, which browsers never send", SUBDOMAINS,
						"https://A.example.com", MALFORMED),
				origin("an upper-case scheme under a wildcard", SUBDOMAINS, "HTTPS://a.example.com", MALFORMED),
				origin("a hyphen alone as the label under a wildcard", SUBDOMAINS, "https://-.example.com",
						ORIGIN_NOT_ALLOWED),
				origin("a label that starts with a hyphen under a wildcard", SUBDOMAINS, "https://-a.example.com",
						ORIGIN_NOT_ALLOWED),
				origin("a label that ends with a hyphen under a wildcard", SUBDOMAINS, "https://a.b-.example.com",
						ORIGIN_NOT_ALLOWED),
				origin("a label with an inner hyphen under a wildcard", SUBDOMAINS, "https://a-b.example.com", null),
				origin("a label with an underscore under a wildcard", SUBDOMAINS, "https://front_end.example.com", null),
				origin("an empty label among the labels under a wildcard", SUBDOMAINS, "https://a..b.example.com",
						MALFORMED),
				origin("a label with a character browsers escape under a wildcard", SUBDOMAINS,
						"https://a!b.example.com", MALFORMED),
				origin("the https default port written out under a wildcard with any port", SUBDOMAINS_ANY_PORT,
						"https://a.example.com:443", MALFORMED),
				origin("the http default port written out with any port", LOCALHOST_ANY_PORT, "http://localhost:80",
						MALFORMED),
				origin("another port with any port", LOCALHOST_ANY_PORT, "http://localhost:8080", null),
				origin("the https default port on http with any port", LOCALHOST_ANY_PORT, "http://localhost:443", null),
				origin("an upper-case origin never reaches a regex", CASE_INSENSITIVE_REGEX, "https://APP.example.com",
						MALFORMED),
				origin("a lower-case origin reaches a case-insensitive regex", CASE_INSENSITIVE_REGEX,
						"https://app.example.com", null),
				origin("an IPv4 address as one number never reaches a regex", ANY_HOST_REGEX, "http://2130706433",
						MALFORMED),
				origin("an IPv4 address with leading zeros never reaches a regex", ANY_HOST_REGEX,
						"http://127.000.000.001", MALFORMED),
				origin("an IPv6 address written in full never reaches a regex", ANY_HOST_REGEX,
						"http://[0:0:0:0:0:0:0:1]", MALFORMED),
				origin("a canonical IPv6 address reaches a regex", ANY_HOST_REGEX, "http://[::1]", null),
				origin("a canonical IPv4 address reaches a regex", ANY_HOST_REGEX, "http://10.0.0.1", null),
				origin("an exact origin with a trailing slash", CREDENTIALED, APP + "/", MALFORMED),
				origin("a subdomain under a wildcard", SUBDOMAINS, "https://a.example.com", null),
				origin("a deeper subdomain under a wildcard", SUBDOMAINS, "https://a.b.example.com", null),
				origin("the apex domain under a wildcard", SUBDOMAINS, "https://example.com", ORIGIN_NOT_ALLOWED),
				origin("a host that merely ends in the domain's name", SUBDOMAINS, "https://evilexample.com",
						ORIGIN_NOT_ALLOWED),
				origin("a path that ends in the domain", SUBDOMAINS, "https://evil.com/.example.com", MALFORMED),
				origin("a query that ends in the domain", SUBDOMAINS, "https://evil.com?.example.com", MALFORMED),
				origin("the domain followed by another domain", SUBDOMAINS, "https://a.example.com.evil.com",
						ORIGIN_NOT_ALLOWED),
				origin("an empty label before the domain", SUBDOMAINS, "https://.example.com", MALFORMED),
				origin("another scheme under a wildcard", SUBDOMAINS, "http://a.example.com", ORIGIN_NOT_ALLOWED),
				origin("a websocket scheme under a wildcard", SUBDOMAINS, "wss://a.example.com", ORIGIN_NOT_ALLOWED),
				origin("a port under a wildcard without ports", SUBDOMAINS, "https://a.example.com:8443",
						ORIGIN_NOT_ALLOWED),
				origin("a port under a wildcard with any port", SUBDOMAINS_ANY_PORT, "https://a.example.com:8443",
						null),
				origin("no port under a wildcard with any port", SUBDOMAINS_ANY_PORT, "https://a.example.com", null),
				origin("a listed port under a wildcard", SUBDOMAINS_PORT_8443, "https://a.example.com:8443", null),
				origin("another port under a wildcard with a port list", SUBDOMAINS_PORT_8443,
						"https://a.example.com:9443", ORIGIN_NOT_ALLOWED),
				origin("the default port under a wildcard whose list leaves it out", SUBDOMAINS_PORT_8443,
						"https://a.example.com", ORIGIN_NOT_ALLOWED),
				origin("the first port of a port list", LOCAL_DEV, "http://localhost:3000", null),
				origin("the second port of a port list", LOCAL_DEV, "http://localhost:5173", null),
				origin("a port outside the port list", LOCAL_DEV, "http://localhost:8080", ORIGIN_NOT_ALLOWED),
				origin("no port with a port list", LOCAL_DEV, "http://localhost", ORIGIN_NOT_ALLOWED),
				origin("another scheme with a port list", LOCAL_DEV, "https://localhost:3000", ORIGIN_NOT_ALLOWED),
				origin("a regex matches the whole origin", UNANCHORED_REGEX, APP, null),
				origin("an unanchored regex does not match a longer origin", UNANCHORED_REGEX,
						"https://app.example.com.evil.com", ORIGIN_NOT_ALLOWED),
				origin("an unanchored regex does not match the origin with a port", UNANCHORED_REGEX,
						"https://app.example.com:8443", ORIGIN_NOT_ALLOWED),
				origin("an unanchored regex does not match a longer host", UNANCHORED_REGEX,
						"https://xapp.example.com", ORIGIN_NOT_ALLOWED),
				origin("an escaped dot in a regex is a dot", UNANCHORED_REGEX, "https://appxexample.com",
						ORIGIN_NOT_ALLOWED),
				origin("'null' without the opt-in", CREDENTIALED, "null", ORIGIN_NOT_ALLOWED),
				origin("'null' with the opt-in", NULL_ALLOWED, "null", null),
				origin("a 7 KB origin", CREDENTIALED, "https://" + "a".repeat(7 * 1024) + ".example.com", MALFORMED),
				origin("a 7 KB origin under a wildcard", SUBDOMAINS, "https://" + "a".repeat(7 * 1024) + ".example.com",
						MALFORMED),
				origin("two origins joined by a comma", CREDENTIALED, "https://a.com, https://b.com", MALFORMED),
				origin("an allowed origin joined with another", CREDENTIALED, APP + ", " + EVIL, MALFORMED),
				origin("an origin with CR LF", SUBDOMAINS, "https://a.example.com\r\nSet-Cookie: a=b", MALFORMED),
				origin("an empty origin", CREDENTIALED, "", MALFORMED));
	}

	@ParameterizedTest
	@MethodSource
	void rejectionsNameTheSettingThatWouldAllowTheRequest(CorsPolicy policy, CorsRequest request,
			@Nullable CorsSetting setting, String message) {
		CorsRejection rejection = policy.evaluate(request).rejection();
		assertThat(rejection).isNotNull();
		assertThat(rejection.setting()).as("setting").isEqualTo(setting);
		assertThat(rejection.message("cors.")).isEqualTo(message);
	}

	static Stream<Arguments> rejectionsNameTheSettingThatWouldAllowTheRequest() {
		return Stream.of(
				argumentSet("an origin that is not allowed", CREDENTIALED, CorsRequest.actual("GET", EVIL),
						CorsSetting.ALLOWED_ORIGINS,
						"origin 'https://evil.example' is not allowed by cors.allowed-origins (1 origin),"
								+ " cors.allowed-origin-patterns (none) or cors.allowed-origin-regexes (none);"
								+ " add it to cors.allowed-origins if this front end should call the API"),
				argumentSet("an origin that matches none of several patterns and regexes",
						CorsPolicy.builder()
							.allowedOriginPatterns("https://*.example.com", "https://*.example.org")
							.allowedOriginRegexes("https://a\\.b", "https://c\\.d")
							.build(),
						CorsRequest.actual("GET", EVIL), CorsSetting.ALLOWED_ORIGINS,
						"origin 'https://evil.example' is not allowed by cors.allowed-origins (none),"
								+ " cors.allowed-origin-patterns (2 patterns) or cors.allowed-origin-regexes (2 regexes);"
								+ " add it to cors.allowed-origins if this front end should call the API"),
				argumentSet("a method that is not allowed", CREDENTIALED, CorsRequest.preflight(APP, "DELETE", null),
						CorsSetting.ALLOWED_METHODS,
						"method 'DELETE' is not in cors.allowed-methods [GET, POST, PUT]; methods are case-sensitive"),
				argumentSet("a header that is not allowed", CREDENTIALED,
						CorsRequest.preflight(APP, "PUT", "content-type, x-other"), CorsSetting.ALLOWED_HEADERS,
						"request header 'x-other' is not in cors.allowed-headers [content-type, x-request-id]"),
				argumentSet("private network access that is not allowed", CREDENTIALED,
						new CorsRequest("OPTIONS", APP, "GET", null, "true"), CorsSetting.ALLOW_PRIVATE_NETWORK,
						"the preflight asks for private network access (Access-Control-Request-Private-Network: 'true');"
								+ " cors.allow-private-network=true allows it"),
				argumentSet("the 'null' origin", CREDENTIALED, CorsRequest.actual("GET", "null"),
						CorsSetting.DANGEROUSLY_ALLOW_NULL_ORIGIN,
						"origin 'null' (sandboxed iframes, file: pages, cross-origin redirects) is not allowed; only"
								+ " cors.dangerously-allow-null-origin=true with 'null' in cors.allowed-origins allows it"),
				argumentSet("an origin that is not a serialized origin", CREDENTIALED,
						CorsRequest.actual("GET", APP + "/"), null,
						"Origin 'https://app.example.com/' is not a serialized origin (scheme://host[:port])"
								+ " as browsers send it: lower case, IP addresses in canonical form, no default port"),
				argumentSet("an origin that is too long", CREDENTIALED,
						CorsRequest.actual("GET", "https://" + "a".repeat(292) + ".com"), null,
						"Origin 'https://" + "a".repeat(92) + "'... (304 characters) is longer than 300 characters,"
								+ " which no browser sends"),
				argumentSet("an origin with several values", CREDENTIALED,
						CorsRequest.actual("GET", "https://a.com, https://b.com"), null,
						"Origin 'https://a.com, https://b.com' holds several values; browsers send exactly one"),
				argumentSet("a requested method that is a list", CREDENTIALED,
						CorsRequest.preflight(APP, "GET,PUT", null), null,
						"Access-Control-Request-Method 'GET,PUT' is not a single method name"),
				argumentSet("a requested header element that is not a name", CREDENTIALED,
						CorsRequest.preflight(APP, "PUT", "content-type, x:y"), null,
						"Access-Control-Request-Headers element 'x:y' is not a header name"),
				argumentSet("too many requested headers", CREDENTIALED, CorsRequest.preflight(APP, "PUT", ",".repeat(1024)),
						null, "Access-Control-Request-Headers has more than 100 elements"));
	}

	@Test
	void aRejectionMessageWithoutPrefixNamesThePlainKeys() {
		CorsRejection rejection = CREDENTIALED.evaluate(CorsRequest.preflight(APP, "DELETE", null)).rejection();
		assertThat(rejection).isNotNull();
		assertThat(rejection.message()).startsWith("method 'DELETE' is not in allowed-methods [GET, POST, PUT]");
		assertThat(rejection).hasToString("method_not_allowed: " + rejection.message());
	}

	@Test
	void aRejectionMessageQuotesPercentSignsInTheSettingsLiterally() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).allowedMethods("PUT", "X%s", "Y%n").build();
		CorsRejection rejection = policy.evaluate(CorsRequest.preflight(APP, "DELETE", null)).rejection();
		assertThat(rejection).isNotNull();
		assertThat(rejection.message("cors.")).isEqualTo(
				"method 'DELETE' is not in cors.allowed-methods [PUT, X%s, Y%n]; methods are case-sensitive");
	}

	@ParameterizedTest
	@MethodSource
	void rejectionValuesAreEscapedForLogs(CorsPolicy policy, CorsRequest request, String value) {
		CorsRejection rejection = policy.evaluate(request).rejection();
		assertThat(rejection).isNotNull();
		assertThat(rejection.value()).isEqualTo(value).doesNotContain("\r", "\n").matches("[\\x20-\\x7e]*");
		assertThat(rejection.message("cors.")).doesNotContain("\r", "\n").matches("[\\x20-\\x7e]*");
	}

	static Stream<Arguments> rejectionValuesAreEscapedForLogs() {
		return Stream.of(
				argumentSet("CR LF in the origin", CREDENTIALED,
						CorsRequest.actual("GET", "https://evil.example\r\nSet-Cookie: a=b"),
						"'https://evil.example\\u000d\\u000aSet-Cookie: a=b'"),
				argumentSet("a non-ASCII origin", CREDENTIALED, CorsRequest.actual("GET", "https://bücher.example"),
						"'https://b\\u00fccher.example'"),
				argumentSet("a backslash in the origin", CREDENTIALED, CorsRequest.actual("GET", "https://a\\b.com"),
						"'https://a\\u005cb.com'"),
				argumentSet("LF in the requested method", CREDENTIALED, CorsRequest.preflight(APP, "GET\n", null),
						"'GET\\u000a'"),
				argumentSet("a non-ASCII requested header", CREDENTIALED, CorsRequest.preflight(APP, "PUT", "x-ä"),
						"'x-\\u00e4'"),
				argumentSet("a 7 KB origin, truncated", CREDENTIALED,
						CorsRequest.actual("GET", "https://" + "a".repeat(7000)),
						"'https://" + "a".repeat(92) + "'... (7008 characters)"));
	}

	private static @Nullable RejectionReason reasonOf(CorsDecision decision) {
		CorsRejection rejection = decision.rejection();
		return (rejection != null) ? rejection.reason() : null;
	}

	private static CorsPolicy patterns(String... patterns) {
		return CorsPolicy.builder().allowedOriginPatterns(patterns).build();
	}

	private static Arguments row(String description, CorsPolicy policy, CorsRequest request, Expected expected) {
		return argumentSet(description, policy, request, expected);
	}

	private static Arguments origin(String description, CorsPolicy policy, String origin,
			@Nullable RejectionReason expected) {
		return argumentSet(description, policy, origin, expected);
	}

	private static Expected notCors(String... headers) {
		return new Expected(Outcome.NOT_CORS, 0, null, headers(headers));
	}

	private static Expected actualAccepted(String... headers) {
		return new Expected(Outcome.ACTUAL_ACCEPTED, 0, null, headers(headers));
	}

	private static Expected actualRejected(RejectionReason reason, String... headers) {
		return new Expected(Outcome.ACTUAL_ORIGIN_NOT_ALLOWED, 0, reason, headers(headers));
	}

	private static Expected preflightAccepted(int status, String... headers) {
		return new Expected(Outcome.PREFLIGHT_ACCEPTED, status, null, headers(headers));
	}

	private static Expected preflightRejected(RejectionReason reason, String... headers) {
		return new Expected(Outcome.PREFLIGHT_REJECTED, 403, reason, headers(headers));
	}

	private static Map<String, String> headers(String... namesAndValues) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			headers.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return headers;
	}

	/** The decision a request must get. */
	record Expected(Outcome outcome, int status, @Nullable RejectionReason reason, Map<String, String> headers) {

	}

}
