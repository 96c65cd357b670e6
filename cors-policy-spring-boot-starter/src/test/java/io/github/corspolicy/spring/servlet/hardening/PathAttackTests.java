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
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Spellings of a protected path that try to pass for the public {@code *} mapping (dot-segments,
 * path parameters, encodings, an encoded context path), under {@code server.servlet.context-path}.
 * The mapping is the one of the path the container routes, on every dispatch: no spelling gets the
 * public answer for a protected path, and its error page keeps the credentialed policy's headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = HardeningApplication.class, properties = {
		"server.servlet.context-path=/app", "cors.mappings[0].name=public",
		"cors.mappings[0].path-patterns=/api/public/**", "cors.mappings[0].allowed-origins=*",
		"cors.mappings[0].allow-credentials=false", "cors.mappings[0].allowed-methods=GET,HEAD",
		"cors.mappings[0].allowed-headers=" })
@ActiveProfiles("hardening")
class PathAttackTests {

	private static final String EVIL = "https://evil.example";

	private static final String ALLOWED = "http://localhost:3000";

	/** Spellings that reach /app/api/v1/credits/balance once normalised. */
	static Stream<Arguments> protectedPaths() {
		return Stream.of(
				argumentSet("dot segments", "/app/api/public/./../v1/credits/balance"),
				argumentSet("'..;'", "/app/api/public/..;/v1/credits/balance"),
				argumentSet("'%2e%2e'", "/app/api/public/%2e%2e/v1/credits/balance"),
				argumentSet("'.%2E'", "/app/api/public/.%2E/v1/credits/balance"),
				argumentSet("a double slash", "/app/api/public//../v1/credits/balance"),
				argumentSet("an encoded context path", "/%61pp/api/public/../v1/credits/balance"),
				argumentSet("a path parameter on the context path", "/app;jsessionid=1/api/public/../v1/credits/balance"),
				argumentSet("a path parameter on a segment", "/app/api/public;x=1/../v1/credits/balance"));
	}

	/** Spellings the container refuses, or that cannot be normalised: never the public answer. */
	static Stream<Arguments> unreadablePaths() {
		return Stream.of(
				argumentSet("'%2f'", "/app/api/public/..%2f..%2fv1/credits/balance"),
				argumentSet("'%5c'", "/app/api/public/..%5cv1/credits/balance"),
				argumentSet("a backslash", "/app/api/public/..\\v1/credits/balance"),
				argumentSet("'%00'", "/app/api/public/%00/../v1/credits/balance"),
				argumentSet("'..' above the root", "/app/api/public/../../../../v1/credits/balance"),
				argumentSet("malformed percent-encoding", "/app/api/public/%zz/../v1/credits/balance"));
	}

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@MethodSource({ "protectedPaths", "unreadablePaths" })
	void preflightFromAnyOriginToAProtectedPathIsNotGrantedThePublicAnswer(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1", "Origin: " + EVIL,
				"Access-Control-Request-Method: GET", "Access-Control-Request-Headers: authorization");
		assertThat(response.status()).as(response.body()).isBetween(400, 403);
		assertThat(response.hasCorsHeaders()).as(response.headers().toString()).isFalse();
	}

	@ParameterizedTest
	@MethodSource({ "protectedPaths", "unreadablePaths" })
	void actualRequestFromAnyOriginToAProtectedPathGetsNoCorsHeaders(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + EVIL,
				"Authorization: Bearer demo-token");
		assertThat(response.status()).as(response.body()).isLessThan(500);
		assertThat(response.hasCorsHeaders()).as(response.headers().toString()).isFalse();
	}

	@ParameterizedTest
	@MethodSource("protectedPaths")
	void preflightFromTheFrontEndToAProtectedPathGetsTheCredentialedAnswer(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1", "Origin: " + ALLOWED,
				"Access-Control-Request-Method: GET", "Access-Control-Request-Headers: authorization");
		assertThat(response.status()).isEqualTo(204);
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly(ALLOWED);
		assertThat(response.header("Access-Control-Allow-Credentials")).containsExactly("true");
	}

	@ParameterizedTest
	@MethodSource("protectedPaths")
	void errorDispatchAfterAnAttackPathKeepsTheCredentialedPolicy(String path) throws Exception {
		String failing = path.replace("credits/balance", "fail");
		RawHttp.Response refused = RawHttp.send(this.port, "GET " + failing + " HTTP/1.1", "Origin: " + EVIL);
		assertThat(refused.status()).as(refused.body()).isBetween(400, 500);
		assertThat(refused.hasCorsHeaders()).as(refused.headers().toString()).isFalse();
		RawHttp.Response allowed = RawHttp.send(this.port, "GET " + failing + " HTTP/1.1", "Origin: " + ALLOWED);
		assertThat(allowed.status()).isEqualTo(refused.status());
		assertThat(allowed.header("Access-Control-Allow-Origin")).containsExactly(ALLOWED);
		assertThat(allowed.header("Access-Control-Allow-Credentials")).containsExactly("true");
	}

	@ParameterizedTest
	@MethodSource("publicPaths")
	void publicPathKeepsThePublicAnswerHoweverItIsSpelled(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + EVIL);
		assertThat(response.status()).as(response.body()).isLessThan(500);
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly("*");
		assertThat(response.header("Access-Control-Allow-Credentials")).isEmpty();
	}

	static Stream<Arguments> publicPaths() {
		return Stream.of(argumentSet("the plain path", "/app/api/public/ping"),
				argumentSet("an encoded context path", "/%61pp/api/public/ping"),
				argumentSet("'%252e%252e', decoded once into a plain name", "/app/api/public/%252e%252e/v1/credits/balance"),
				argumentSet("a dot-dot segment back into the public path", "/app/api/v1/../public/ping"));
	}

}
