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

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * When a browser sends a preflight, and what it asks: Fetch standard, sections 2.2.1 (safelisted
 * methods), 2.2.2 (safelisted request headers and their values) and 4.8 (the preflight request).
 */
class PreflightNeedTests {

	private static final String URL = "https://api.example.com/items";

	private static final String ORIGIN = "https://app.example.com";

	static Stream<Arguments> calls() {
		return Stream.of(
				argumentSet("a plain GET", "GET", Map.of(), false, null),
				argumentSet("a HEAD", "HEAD", Map.of(), false, null),
				argumentSet("a form POST", "POST", Map.of("Content-Type", "application/x-www-form-urlencoded"), false, null),
				argumentSet("a multipart POST", "POST", Map.of("Content-Type", "multipart/form-data; boundary=x"), false, null),
				argumentSet("a text/plain POST with a charset", "POST", Map.of("Content-Type", "text/plain;charset=UTF-8"), false,
						null),
				argumentSet("a JSON POST", "POST", Map.of("Content-Type", "application/json"), true, "content-type"),
				argumentSet("PUT", "PUT", Map.of(), true, null),
				argumentSet("lower-case put, upper-cased by the browser", "put", Map.of(), true, null),
				argumentSet("PATCH", "PATCH", Map.of(), true, null),
				argumentSet("an Authorization header", "GET", Map.of("Authorization", "Bearer t"), true, "authorization"),
				argumentSet("a custom header", "GET", Map.of("X-Request-ID", "1"), true, "x-request-id"),
				argumentSet("Accept with a safe value", "GET", Map.of("Accept", "application/json"), false, null),
				argumentSet("Accept with a CORS-unsafe byte", "GET", Map.of("Accept", "application/json; q=\"1\""), true, "accept"),
				argumentSet("Accept longer than 128 bytes", "GET", Map.of("Accept", "a".repeat(129)), true, "accept"),
				argumentSet("Accept-Language with a safe value", "GET", Map.of("Accept-Language", "en-GB,en;q=0.9"), false,
						null),
				argumentSet("Content-Language with a slash", "GET", Map.of("Content-Language", "en/gb"), true,
						"content-language"),
				argumentSet("a simple Range", "GET", Map.of("Range", "bytes=0-499"), false, null),
				argumentSet("a Range with two ranges", "GET", Map.of("Range", "bytes=0-1,5-9"), true, "range"),
				argumentSet("a Range whose end is before its start", "GET", Map.of("Range", "bytes=9-1"), true, "range"),
				argumentSet("forbidden headers the page cannot set are ignored", "GET",
						Map.of("Cookie", "a=b", "Host", "x", "Sec-Fetch-Mode", "cors"), false, null),
				argumentSet("names are lower-cased and sorted", "GET", Map.of("X-B", "1", "Authorization", "t", "X-A", "2"),
						true, "authorization,x-a,x-b"));
	}

	@ParameterizedTest
	@MethodSource("calls")
	void browserPreflightsExactlyTheCallsTheFetchStandardSays(String method, Map<String, String> headers,
			boolean preflight, String requestHeaders) {
		BrowserRequest request = new BrowserRequest(URL, ORIGIN, method, headers, false);
		assertThat(CorsBrowser.needsPreflight(request)).isEqualTo(preflight);
		if (preflight) {
			Map<String, String> sent = CorsBrowser.preflightHeaders(request);
			assertThat(sent).containsEntry("Origin", ORIGIN)
				.containsEntry("Access-Control-Request-Method", request.method());
			assertThat(sent.get("Access-Control-Request-Headers")).isEqualTo(requestHeaders);
		}
	}

	@ParameterizedTest
	@MethodSource("reasons")
	void browserSaysWhyItPreflights(String method, Map<String, String> headers, List<String> reasons) {
		assertThat(CorsBrowser.preflightReasons(new BrowserRequest(URL, ORIGIN, method, headers, false)))
			.isEqualTo(reasons);
	}

	static Stream<Arguments> reasons() {
		return Stream.of(argumentSet("a simple GET", "GET", Map.of(), List.of()),
				argumentSet("a PUT with a token and JSON", "PUT",
						Map.of("Authorization", "Bearer t", "Content-Type", "application/json"),
						List.of("the method PUT is not GET, HEAD or POST", "the header authorization is not CORS-safelisted",
								"Content-Type is not application/x-www-form-urlencoded, multipart/form-data or text/plain")));
	}

}
