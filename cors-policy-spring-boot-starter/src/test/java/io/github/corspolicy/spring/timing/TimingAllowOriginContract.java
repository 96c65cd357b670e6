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
package io.github.corspolicy.spring.timing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.spring.servlet.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * What a browser reads of {@code Timing-Allow-Origin} over real HTTP, whatever the web stack: with
 * {@code timing-allow-origin=true} it carries exactly the value of
 * {@code Access-Control-Allow-Origin} and is there exactly when that header is, whatever the
 * handler wrote under that name, so a refused origin gets no timing data; a mapping that has not
 * opted in leaves the application's own header alone. Each stack's test class runs these against
 * its own application, in the {@link #PROFILE} profile.
 */
abstract class TimingAllowOriginContract {

	static final String APP = "https://app.example.com";

	static final String EVIL = "https://evil.example";

	/**
	 * The profile of application-timing.properties: the top level opts in, {@code untimed} opts out,
	 * {@code public} allows any origin and inherits the opt-in.
	 */
	static final String PROFILE = "timing";

	private static final List<String> NONE = List.of();

	@LocalServerPort
	private int port;

	static Stream<Arguments> exchanges() {
		return Stream.of(
				row("an allowed origin", get("/api/hello", APP), 200, List.of(APP)),
				row("an allowed origin, from a handler that writes '*'", get("/api/star", APP), 200, List.of(APP)),
				row("an allowed origin, from a handler that adds two values in any case", get("/api/added", APP), 200,
						List.of(APP)),
				row("a refused origin", get("/api/hello", EVIL), 200, NONE),
				row("a refused origin, from a handler that writes '*'", get("/api/star", EVIL), 200, NONE),
				row("a refused origin, from a handler that adds two values in any case", get("/api/added", EVIL), 200,
						NONE),
				row("no Origin", get("/api/hello", null), 200, NONE),
				row("no Origin, from a handler that writes '*'", get("/api/star", null), 200, NONE),
				row("an accepted preflight", preflight("/api/star", APP, "PUT"), 204, List.of(APP)),
				row("a preflight from a refused origin", preflight("/api/star", EVIL, "PUT"), 403, NONE),
				row("a preflight for a method that is not allowed", preflight("/api/star", APP, "DELETE"), 403, NONE),
				row("any origin", get("/public/hello", EVIL), 200, List.of("*")),
				row("any origin, from a handler that writes '*'", get("/public/star", EVIL), 200, List.of("*")),
				row("any origin's preflight", preflight("/public/hello", EVIL, "GET"), 204, List.of("*")));
	}

	@ParameterizedTest
	@MethodSource("exchanges")
	void timingAllowOriginIsThereExactlyWithAccessControlAllowOriginAndWithItsValue(List<String> request,
			int status, List<String> expected) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, request.toArray(String[]::new));
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Timing-Allow-Origin")).as(response.headers().toString()).isEqualTo(expected);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(expected);
	}

	@Test
	void aMappingThatHasOptedOutSendsNoTimingAllowOrigin() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, get("/untimed/hello", APP).toArray(String[]::new));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(response.header("Timing-Allow-Origin")).isEmpty();
	}

	static Stream<Arguments> applicationsOwnHeader() {
		return Stream.of(
				argumentSet("an allowed origin", APP, List.of(APP)),
				argumentSet("a refused origin", EVIL, NONE),
				argumentSet("no Origin", null, NONE));
	}

	@ParameterizedTest
	@MethodSource("applicationsOwnHeader")
	void aMappingThatHasNotOptedInLeavesTheApplicationsOwnHeaderAlone(@Nullable String origin, List<String> allowOrigin)
			throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, get("/untimed/star", origin).toArray(String[]::new));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Timing-Allow-Origin")).containsExactly(TimingTestApplications.OWN_VALUE);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(allowOrigin);
	}

	private static List<String> get(String path, @Nullable String origin) {
		List<String> lines = new ArrayList<>(List.of("GET " + path + " HTTP/1.1"));
		if (origin != null) {
			lines.add("Origin: " + origin);
		}
		return lines;
	}

	private static List<String> preflight(String path, String origin, String method) {
		return List.of("OPTIONS " + path + " HTTP/1.1", "Origin: " + origin, "Access-Control-Request-Method: " + method);
	}

	private static Arguments row(String description, List<String> request, int status, List<String> expected) {
		return argumentSet(description, request, status, expected);
	}

}
