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

import java.util.ArrayList;
import java.util.List;
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
 * The probes that open-source CORS misconfiguration scanners send, against a credentialed policy
 * that allows {@code https://app.example.com} exactly, by a wildcard pattern, and by an unanchored
 * regex. None may be granted access, none may cause a server error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = HardeningApplication.class, properties = {
		"cors.allowed-origins=https://app.example.com", "cors.allow-credentials=true",
		"cors.mappings[0].name=pattern", "cors.mappings[0].path-patterns=/api/v1/jobs/**",
		"cors.mappings[0].allowed-origins=", "cors.mappings[0].allowed-origin-patterns=https://*.app.example.com",
		"cors.mappings[1].name=regex", "cors.mappings[1].path-patterns=/api/v1/users/**",
		"cors.mappings[1].allowed-origins=", "cors.mappings[1].allowed-origin-regexes[0]=https://app\\\\.example\\\\.com",
		"cors.mappings[2].name=ports", "cors.mappings[2].path-patterns=/api/public/**",
		"cors.mappings[2].allowed-origins=", "cors.mappings[2].allowed-origin-patterns=http://localhost:[*]" })
@ActiveProfiles("hardening")
class ScannerProbeTests {

	/** Paths covered by the exact origin, the wildcard pattern and the unanchored regex. */
	private static final List<String> PATHS = List.of("/api/v1/credits/balance", "/api/v1/jobs/overview",
			"/api/v1/users/me/profiles");

	private static final String SPECIAL_CHARACTERS = "-_{}+^!~;|&'()*,$=`";

	@LocalServerPort
	private int port;

	static Stream<Arguments> probes() {
		List<String> origins = new ArrayList<>(List.of(
				// reflection of an arbitrary origin
				"https://evil.com", "https://attacker.example",
				// the allowed origin as prefix or suffix of an attacker's name
				"https://app.example.com.evil.com", "https://evilapp.example.com", "https://evil-app.example.com",
				"https://app.example.comevil.com", "https://xapp.example.com", "https://app.example.co",
				// wildcard tricks
				"https://x.app.example.com.evil.com", "https://app.example.com.app.example.evil.com",
				// scheme downgrade and other schemes
				"http://app.example.com", "ws://app.example.com", "file://app.example.com",
				// the null origin of sandboxed iframes and redirects
				"null", "NULL",
				// third-party hosting domains
				"https://app-example-com.github.io", "https://app-example.vercel.app",
				"https://app.example.com.herokuapp.com", "https://app.example.com.s3.amazonaws.com",
				"https://app.example.com.netlify.app",
				// user information, query and fragment tricks
				"https://app.example.com@evil.com", "https://evil.com@app.example.com",
				"https://app.example.com?.evil.com", "https://app.example.com#.evil.com",
				"https://evil.com?https://app.example.com", "https://evil.com#https://app.example.com",
				"https://evil.com/https://app.example.com", "https://evil.com/.app.example.com",
				"https://evil.com\\.app.example.com", "https://app.example.com:443",
				"https://app.example.com/", "https://app.example.com.",
				// forms no browser sends: upper case, explicit default or zero-padded ports, invalid wildcard labels
				"https://APP.example.com", "HTTPS://app.example.com", "https://app.example.com:0443",
				"https://A.app.example.com", "https://-.app.example.com", "https://a-.app.example.com",
				"https://-a.app.example.com", "https://x..app.example.com", "https://x.app.example.com:443",
				// punycode and raw UTF-8 look-alikes (Cyrillic a, e and o)
				"https://xn--pp-7ka.example.com", "https://\u0430pp.example.com", "https://app.\u0435xample.com",
				"https://x.\u0430pp.example.com", "https://app.example.c\u043em"));
		for (char c : SPECIAL_CHARACTERS.toCharArray()) {
			origins.add("https://app.example.com" + c + ".evil.com");
			origins.add("https://app.example.com" + c + "evil.com");
		}
		origins.add("https://app.example.com%60.evil.com");
		return origins.stream().flatMap((origin) -> PATHS.stream().map((path) -> Arguments.of(origin, path)));
	}

	@ParameterizedTest(name = "{1} from {0}")
	@MethodSource("probes")
	void actualRequestFromAProbeGetsNoCorsHeaders(String origin, String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + origin,
				"Authorization: Bearer demo-token");
		assertThat(response.status()).as(response.body()).isLessThan(500);
		assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
		assertThat(response.header("Access-Control-Allow-Credentials")).isEmpty();
	}

	@ParameterizedTest(name = "preflight to {1} from {0}")
	@MethodSource("probes")
	void preflightFromAProbeIsRejected(String origin, String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1", "Origin: " + origin,
				"Access-Control-Request-Method: GET", "Access-Control-Request-Headers: authorization");
		assertThat(response.status()).isBetween(400, 499);
		assertThat(response.hasCorsHeaders()).as(response.headers().toString()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("legitimate")
	void legitimateOriginsStillWork(String origin, String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + origin,
				"Authorization: Bearer demo-token");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly(origin);
		assertThat(response.header("Access-Control-Allow-Credentials")).containsExactly("true");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("portProbes")
	void anyPortPatternMatchesOnlyWhatBrowsersSend(String origin, boolean allowed) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET /api/public/ping HTTP/1.1", "Origin: " + origin);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(allowed ? List.of(origin) : List.of());
	}

	static Stream<Arguments> portProbes() {
		return Stream.of(Arguments.of("http://localhost:3000", true), Arguments.of("http://localhost", true),
				Arguments.of("http://localhost:80", false), Arguments.of("http://localhost:03000", false),
				Arguments.of("http://LOCALHOST:3000", false), Arguments.of("http://localhost.:3000", false),
				Arguments.of("https://localhost:3000", false));
	}

	static Stream<Arguments> legitimate() {
		return Stream.of(Arguments.of("https://app.example.com", PATHS.get(0)),
				Arguments.of("https://eu.app.example.com", PATHS.get(1)),
				Arguments.of("https://a.b.app.example.com", PATHS.get(1)),
				Arguments.of("https://app.example.com", PATHS.get(2)));
	}

}
