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
package io.github.corspolicy.core.browser;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.browser.BrowserVerdict.Failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The browser's verdict on preflight and actual responses: Fetch standard, sections 4.8 (CORS-preflight
 * fetch) and 4.9 (CORS check), with Chromium's console wording.
 */
class CorsBrowserTests {

	private static final String URL = "https://api.example.com/items";

	private static final String APP = "https://app.example.com";

	private static final BrowserRequest PUT_WITH_TOKEN = new BrowserRequest(URL, APP, "PUT",
			Map.of("Authorization", "Bearer t", "Content-Type", "application/json"), true);

	private static final BrowserRequest PUBLIC_PATCH = new BrowserRequest(URL, APP, "PATCH", Map.of("X-Trace", "1"),
			false);

	static Stream<Arguments> preflights() {
		return Stream.of(
				argumentSet("echoed origin, credentials, method and headers listed", PUT_WITH_TOKEN,
						BrowserResponse.of(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true",
								"Access-Control-Allow-Methods", "GET, PUT", "Access-Control-Allow-Headers",
								"Authorization, Content-Type"),
						null, null),
				argumentSet("401 without CORS headers, as from authentication", PUT_WITH_TOKEN, BrowserResponse.of(401),
						Failure.MISSING_ALLOW_ORIGIN, "Response to preflight request doesn't pass access control check: "
								+ "No 'Access-Control-Allow-Origin' header is present on the requested resource."),
				argumentSet("401 with CORS headers", PUT_WITH_TOKEN,
						BrowserResponse.of(401, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true"),
						Failure.PREFLIGHT_STATUS, "Response to preflight request doesn't pass access control check: "
								+ "It does not have HTTP ok status."),
				argumentSet("two Access-Control-Allow-Origin lines", PUT_WITH_TOKEN,
						BrowserResponse.of(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Origin", APP),
						Failure.MULTIPLE_ALLOW_ORIGIN, "contains multiple values 'https://app.example.com, "
								+ "https://app.example.com', but only one is allowed."),
				argumentSet("'*' with credentials", PUT_WITH_TOKEN, BrowserResponse.of(204, "Access-Control-Allow-Origin", "*"),
						Failure.WILDCARD_WITH_CREDENTIALS, "must not be the wildcard '*' when the request's credentials mode "
								+ "is 'include'."),
				argumentSet("another origin", PUT_WITH_TOKEN,
						BrowserResponse.of(204, "Access-Control-Allow-Origin", "https://other.example.com"),
						Failure.ALLOW_ORIGIN_MISMATCH, "has a value 'https://other.example.com' that is not equal to the "
								+ "supplied origin."),
				argumentSet("no Access-Control-Allow-Credentials", PUT_WITH_TOKEN,
						BrowserResponse.of(204, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods", "PUT"),
						Failure.MISSING_ALLOW_CREDENTIALS, "The value of the 'Access-Control-Allow-Credentials' header in the "
								+ "response is '' which must be 'true' when the request's credentials mode is 'include'."),
				argumentSet("method missing", PUT_WITH_TOKEN, allowed(APP, true, "GET, POST", "authorization, content-type"),
						Failure.METHOD_NOT_ALLOWED,
						"Method PUT is not allowed by Access-Control-Allow-Methods in preflight response."),
				argumentSet("methods compare case-sensitively", PUT_WITH_TOKEN, allowed(APP, true, "put", "authorization, content-type"),
						Failure.METHOD_NOT_ALLOWED, "Method PUT is not allowed"),
				argumentSet("a header missing", PUT_WITH_TOKEN, allowed(APP, true, "PUT", "content-type"),
						Failure.HEADER_NOT_ALLOWED,
						"Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response."),
				argumentSet("'*' headers never cover Authorization", PUT_WITH_TOKEN.withMethod("GET"),
						allowed(APP, true, "GET", "*"), Failure.HEADER_NOT_ALLOWED, "Request header field authorization"),
				argumentSet("'*' methods and headers are literal with credentials", PUT_WITH_TOKEN,
						allowed(APP, true, "*", "authorization, content-type"), Failure.METHOD_NOT_ALLOWED, "Method PUT"),
				argumentSet("'*' methods and headers allow anything without credentials", PUBLIC_PATCH,
						BrowserResponse.of(204, "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "*",
								"Access-Control-Allow-Headers", "*"),
						null, null),
				argumentSet("names of headers compare without case", PUBLIC_PATCH, allowed("*", false, "PATCH", "X-TRACE"), null,
						null),
				argumentSet("a malformed method list", PUBLIC_PATCH, allowed("*", false, "PATCH GET", "x-trace"),
						Failure.INVALID_ALLOW_LIST, "not a valid list"));
	}

	@ParameterizedTest
	@MethodSource("preflights")
	void preflightVerdictFollowsTheFetchStandard(BrowserRequest request, BrowserResponse response, Failure failure,
			String message) {
		BrowserVerdict verdict = CorsBrowser.checkPreflight(request, response);
		assertThat(verdict.failure()).isEqualTo(failure);
		assertThat(verdict.allowed()).isEqualTo(failure == null);
		if (failure != null) {
			assertThat(verdict.consoleMessage())
				.startsWith("Access to fetch at '" + URL + "' from origin '" + APP + "' has been blocked by CORS policy: ")
				.contains(message);
			assertThat(verdict.likelyCause()).isNotBlank();
		}
	}

	static Stream<Arguments> responses() {
		BrowserRequest credentialed = BrowserRequest.get(URL, APP).withCredentials();
		BrowserRequest anonymous = BrowserRequest.get(URL, APP);
		return Stream.of(
				argumentSet("a 401 with CORS headers is readable", credentialed,
						BrowserResponse.of(401, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true"),
						null),
				argumentSet("a 500 without CORS headers is a CORS error", credentialed, BrowserResponse.of(500),
						Failure.MISSING_ALLOW_ORIGIN),
				argumentSet("'*' is fine without credentials", anonymous, BrowserResponse.of(200, "Access-Control-Allow-Origin", "*"),
						null),
				argumentSet("'*' is refused with credentials", credentialed,
						BrowserResponse.of(200, "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Credentials", "true"),
						Failure.WILDCARD_WITH_CREDENTIALS),
				argumentSet("Access-Control-Allow-Credentials must be exactly 'true'", credentialed,
						BrowserResponse.of(200, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "TRUE"),
						Failure.MISSING_ALLOW_CREDENTIALS),
				argumentSet("a list of origins is refused", anonymous,
						BrowserResponse.of(200, "Access-Control-Allow-Origin", APP + ", https://b.example.com"),
						Failure.MULTIPLE_ALLOW_ORIGIN),
				argumentSet("the origin must match exactly, including the port", anonymous,
						BrowserResponse.of(200, "Access-Control-Allow-Origin", APP + ":443"), Failure.ALLOW_ORIGIN_MISMATCH));
	}

	@ParameterizedTest
	@MethodSource("responses")
	void responseVerdictFollowsTheCorsCheck(BrowserRequest request, BrowserResponse response, Failure failure) {
		assertThat(CorsBrowser.checkResponse(request, response).failure()).isEqualTo(failure);
	}

	@Test
	void missingAllowOriginOnAnErrorResponsePointsAtTheLayerThatWroteIt() {
		BrowserVerdict verdict = CorsBrowser.checkResponse(BrowserRequest.get(URL, APP), BrowserResponse.of(403));
		assertThat(verdict.consoleMessage()).endsWith("No 'Access-Control-Allow-Origin' header is present on the requested "
				+ "resource. If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the "
				+ "resource with CORS disabled.");
		assertThat(verdict.likelyCause()).contains("403 error response carries no CORS headers");
	}

	@Test
	void bare403ToAPreflightNamesBothTheCorsHandlerAndTheLayersInFront() {
		BrowserVerdict verdict = CorsBrowser.checkPreflight(PUT_WITH_TOKEN, BrowserResponse.of(403));
		assertThat(verdict.failure()).isEqualTo(Failure.MISSING_ALLOW_ORIGIN);
		assertThat(verdict.likelyCause()).contains("the CORS handler refused the preflight", "its log says which",
				"a layer in front of it");
	}

	@Test
	void preflightRejectedByAuthenticationSaysSo() {
		BrowserVerdict verdict = CorsBrowser.checkPreflight(PUT_WITH_TOKEN,
				BrowserResponse.of(401, "Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true"));
		assertThat(verdict.likelyCause()).contains("authentication", "before authentication");
	}

	@Test
	void everyRefusedHeaderIsOnTheVerdictWhileTheConsoleNamesTheFirst() {
		BrowserRequest request = PUT_WITH_TOKEN.withHeader("X-Trace", "1").withHeader("X-Debug", "1");
		BrowserVerdict verdict = CorsBrowser.checkPreflight(request, allowed(APP, true, "PUT", "content-type"));
		assertThat(verdict.refusedHeaders()).containsExactly("authorization", "x-debug", "x-trace");
		assertThat(verdict.reasons()).hasSize(3).allMatch((reason) -> reason.startsWith("Request header field "));
		assertThat(verdict.consoleMessage()).contains("Request header field authorization is not allowed");
		assertThat(verdict.likelyCause()).contains("does not list authorization, x-debug, x-trace");
	}

	@ParameterizedTest
	@MethodSource("preflights")
	void theBrowserModelSpeaksHttpNotTheStarterProperties(BrowserRequest request, BrowserResponse response) {
		BrowserVerdict verdict = CorsBrowser.checkPreflight(request, response);
		assertThat(String.valueOf(verdict.likelyCause())).doesNotContain("cors.");
	}

	@Test
	void aPrivateNetworkPreflightMustAllowIt() {
		BrowserResponse preflight = allowed(APP, true, "PUT", "authorization, content-type");
		assertThat(CorsBrowser.checkPreflight(PUT_WITH_TOKEN, preflight, AddressSpace.PRIVATE).failure())
			.isEqualTo(Failure.MISSING_ALLOW_PRIVATE_NETWORK);
		BrowserResponse allowing = BrowserResponse.of(204, "Access-Control-Allow-Origin", APP,
				"Access-Control-Allow-Credentials", "true", "Access-Control-Allow-Methods", "PUT",
				"Access-Control-Allow-Headers", "authorization, content-type", "Access-Control-Allow-Private-Network", "true");
		assertThat(CorsBrowser.checkPreflight(PUT_WITH_TOKEN, allowing, AddressSpace.PRIVATE).allowed()).isTrue();
		assertThat(CorsBrowser.preflightHeaders(PUT_WITH_TOKEN, AddressSpace.PRIVATE))
			.containsEntry("Access-Control-Request-Private-Network", "true");
	}

	@Test
	void pageReadsSafelistedAndExposedHeadersOnly() {
		BrowserResponse response = BrowserResponse.of(200, "Content-Type", "application/json", "ETag", "\"1\"",
				"X-Request-ID", "r", "Set-Cookie", "a=b", "Access-Control-Expose-Headers", "etag");
		assertThat(CorsBrowser.readableHeaders(BrowserRequest.get(URL, APP), response))
			.containsExactlyInAnyOrder("Content-Type", "ETag");
	}

	@Test
	void exposedWildcardCoversEverythingButSetCookieWithoutCredentials() {
		BrowserResponse response = BrowserResponse.of(200, "X-Request-ID", "r", "Set-Cookie", "a=b",
				"Access-Control-Expose-Headers", "*");
		assertThat(CorsBrowser.readableHeaders(BrowserRequest.get(URL, APP), response)).contains("X-Request-ID")
			.doesNotContain("Set-Cookie");
		assertThat(CorsBrowser.readableHeaders(BrowserRequest.get(URL, APP).withCredentials(), response))
			.doesNotContain("X-Request-ID");
	}

	private static BrowserResponse allowed(String origin, boolean credentials, String methods, String headers) {
		return credentials
				? BrowserResponse.of(204, "Access-Control-Allow-Origin", origin, "Access-Control-Allow-Credentials", "true",
						"Access-Control-Allow-Methods", methods, "Access-Control-Allow-Headers", headers)
				: BrowserResponse.of(204, "Access-Control-Allow-Origin", origin, "Access-Control-Allow-Methods", methods,
						"Access-Control-Allow-Headers", headers);
	}

}
