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
package io.github.corspolicy.spring.servlet.hardening;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.github.corspolicy.spring.servlet.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and oversized CORS headers over a raw socket, against a credentialed dev policy (application-hardening.properties): each gets
 * a clear 4xx or passes through without CORS headers; none gets a 5xx or has a value reflected.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = HardeningApplication.class)
@ActiveProfiles("hardening")
class MalformedInputTests {

	private static final String ALLOWED = "http://localhost:3000";

	private static final String PATH = "/api/v1/credits/balance";

	@LocalServerPort
	private int port;

	static Stream<Arguments> actualRequests() {
		return Stream.of(
				Arguments.of("two Origin lines, one allowed", new String[] { "Origin: " + ALLOWED, "Origin: https://evil.com" }),
				Arguments.of("the allowed Origin twice", new String[] { "Origin: " + ALLOWED, "Origin: " + ALLOWED }),
				Arguments.of("an Origin with embedded white space", new String[] { "Origin: http://local host:3000" }),
				Arguments.of("an Origin holding a comma list", new String[] { "Origin: " + ALLOWED + ", https://evil.com" }),
				Arguments.of("a 7 KB Origin", new String[] { "Origin: http://" + "a".repeat(7 * 1024) + ".com" }),
				Arguments.of("an Origin with a NUL", new String[] { "Origin: http://localhost\u0000:3000" }),
				Arguments.of("an Origin with raw UTF-8", new String[] { "Origin: http://l\u043ecalhost:3000" }),
				Arguments.of("an empty Origin", new String[] { "Origin: " }),
				Arguments.of("an Origin with a path", new String[] { "Origin: " + ALLOWED + "/" }),
				Arguments.of("an Origin with a zero-padded port", new String[] { "Origin: http://localhost:03000" }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("actualRequests")
	void malformedOriginOnAnActualRequestPassesThroughWithoutCorsHeaders(String description, String[] headers)
			throws Exception {
		RawHttp.Response response = RawHttp.send(this.port,
				concat("GET " + PATH + " HTTP/1.1", "Authorization: Bearer demo-token", headers));
		assertThat(response.status()).as(response.body()).isBetween(200, 499);
		assertThat(response.hasCorsHeaders()).as(response.headers().toString()).isFalse();
	}

	static Stream<Arguments> preflights() {
		String manyNames = IntStream.range(0, 300).mapToObj((i) -> "x-h" + i).collect(Collectors.joining(","));
		return Stream.of(
				Arguments.of("two Origin lines, one allowed",
						new String[] { "Origin: " + ALLOWED, "Origin: https://evil.com", "Access-Control-Request-Method: GET" }),
				Arguments.of("a 7 KB Origin",
						new String[] { "Origin: http://" + "a".repeat(7 * 1024) + ".com", "Access-Control-Request-Method: GET" }),
				Arguments.of("300 requested header names",
						new String[] { "Origin: " + ALLOWED, "Access-Control-Request-Method: GET",
								"Access-Control-Request-Headers: " + manyNames }),
				Arguments.of("1,024 commas as requested headers",
						new String[] { "Origin: " + ALLOWED, "Access-Control-Request-Method: GET",
								"Access-Control-Request-Headers: " + ",".repeat(1024) }),
				Arguments.of("a requested header that is not a token",
						new String[] { "Origin: " + ALLOWED, "Access-Control-Request-Method: GET",
								"Access-Control-Request-Headers: authorization, x(y)" }),
				Arguments.of("a method list", new String[] { "Origin: " + ALLOWED, "Access-Control-Request-Method: GET, PUT" }),
				Arguments.of("an empty method", new String[] { "Origin: " + ALLOWED, "Access-Control-Request-Method: " }),
				Arguments.of("a lower-case method", new String[] { "Origin: " + ALLOWED, "Access-Control-Request-Method: put" }),
				Arguments.of("a 6 KB header name",
						new String[] { "Origin: " + ALLOWED, "Access-Control-Request-Method: GET",
								"Access-Control-Request-Headers: x-" + "h".repeat(6 * 1024) }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("preflights")
	void malformedPreflightIsRejectedWithA4xxAndNoCorsHeaders(String description, String[] headers) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, concat("OPTIONS " + PATH + " HTTP/1.1", null, headers));
		assertThat(response.status()).isBetween(400, 499);
		assertThat(response.hasCorsHeaders()).as(response.headers().toString()).isFalse();
	}

	static Stream<Arguments> brokenFraming() {
		return Stream.of(Arguments.of("a carriage return inside the Origin value", "Origin: " + ALLOWED + "\rX-Injected: yes"),
				Arguments.of("a carriage return inside Access-Control-Request-Headers",
						"Access-Control-Request-Headers: authorization\rAccess-Control-Allow-Origin: *"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFraming")
	void carriageReturnInsideAValueIsRefusedByTheServer(String description, String header) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "OPTIONS " + PATH + " HTTP/1.1", "Origin: " + ALLOWED,
				"Access-Control-Request-Method: GET", header);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.hasCorsHeaders()).isFalse();
		assertThat(response.header("X-Injected")).isEmpty();
	}

	private static String[] concat(String requestLine, String extra, String[] headers) {
		return Stream.concat(Stream.of(requestLine), Stream.concat(Stream.ofNullable(extra), Stream.of(headers)))
			.toArray(String[]::new);
	}

}
