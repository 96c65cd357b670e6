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
package io.github.corspolicy.sample.reactive;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.corspolicy.sample.contract.SampleContract;
import io.github.corspolicy.sample.contract.SampleContract.Read;
import io.github.corspolicy.sample.contract.SampleHttp;

import static io.github.corspolicy.sample.contract.SampleContract.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The servlet sample's API on Netty, with the dev configuration of application.yml: every route's
 * status, body and headers other than CORS.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.front-end.enabled=false")
class ReactiveSampleApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	private SampleHttp http;

	@BeforeEach
	void client() {
		this.http = new SampleHttp(this.port);
	}

	@Test
	void pingIsPublicPlainText() throws Exception {
		HttpResponse<String> response = this.http.get(SampleContract.PING);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.body()).isEqualTo("pong");
	}

	static Stream<Read> protectedReads() {
		return SampleContract.PROTECTED_READS.stream();
	}

	@ParameterizedTest
	@MethodSource("protectedReads")
	void protectedReadsAnswerTheirJsonWithAStrongETagForTheToken(Read read) throws Exception {
		HttpResponse<String> response = this.http.get(read.path(), "Authorization", BEARER);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(
				(etag) -> assertThat(etag).matches("\"[0-9a-f]+\""));
		JSONAssert.assertEquals(read.json(), response.body(), JSONCompareMode.STRICT);
	}

	@ParameterizedTest
	@MethodSource("protectedReads")
	void theETagIsStableAndAMatchingIfNoneMatchAnswers304WithoutABody(Read read) throws Exception {
		String etag = this.http.get(read.path(), "Authorization", BEARER).headers().firstValue("ETag").orElseThrow();
		assertThat(this.http.get(read.path(), "Authorization", BEARER).headers().firstValue("ETag")).hasValue(etag);
		HttpResponse<String> response = this.http.get(read.path(), "Authorization", BEARER, "If-None-Match", etag);
		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(response.headers().firstValue("ETag")).hasValue(etag);
		assertThat(response.headers().firstValue("X-Request-ID")).isPresent();
		assertThat(response.body()).isEmpty();
	}

	@Test
	void eachReadHasItsOwnETag() throws Exception {
		assertThat(protectedReads().map(this::etagOf).distinct()).hasSize(SampleContract.PROTECTED_READS.size());
	}

	static Stream<Arguments> refusedCredentials() {
		return Stream.of(argumentSet("no Authorization header", List.of()),
				argumentSet("a wrong token", List.of("Authorization", "Bearer wrong")),
				argumentSet("the token with a lower-case scheme", List.of("Authorization", "bearer demo-token")),
				argumentSet("a prefix of the token", List.of("Authorization", "Bearer demo-")),
				argumentSet("the token and more", List.of("Authorization", "Bearer demo-token-and-more")),
				argumentSet("the token without its scheme", List.of("Authorization", "demo-token")),
				argumentSet("Basic credentials", List.of("Authorization", "Basic ZGVtbzpkZW1vLXRva2Vu")),
				argumentSet("the token in another header", List.of("X-Authorization", BEARER)));
	}

	@ParameterizedTest
	@MethodSource("refusedCredentials")
	void protectedReadsAnswer401WithABearerChallengeAndBootsErrorBody(List<String> headers) throws Exception {
		for (Read read : SampleContract.PROTECTED_READS) {
			HttpResponse<String> response = this.http.get(read.path(), headers.toArray(String[]::new));
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
			assertThat(response.headers().firstValue("X-Request-ID")).isPresent();
			assertErrorBody(response, 401, "Unauthorized", read.path());
		}
	}

	@Test
	void updateProfileEchoesTheProfileWithTheTimeItWasSaved() throws Exception {
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = updateProfile(SampleContract.PROFILE_JSON, "Authorization", BEARER,
					"Content-Type", "application/json");
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode body = json.readTree(response.body());
			assertThat(body.propertyNames()).containsExactlyInAnyOrder("saved", "profile", "savedAt");
			assertThat(body.get("saved").asBoolean()).isTrue();
			JSONAssert.assertEquals(SampleContract.PROFILE_JSON, body.get("profile").toString(), JSONCompareMode.STRICT);
			assertThat(Instant.parse(body.get("savedAt").asString())).isBeforeOrEqualTo(Instant.now());
		}
	}

	@Test
	void updateProfileNeedsTheToken() throws Exception {
		HttpResponse<String> response = updateProfile(SampleContract.PROFILE_JSON, "Content-Type", "application/json");
		assertThat(response.statusCode()).isEqualTo(401);
		assertErrorBody(response, 401, "Unauthorized", SampleContract.UPDATE_PROFILE);
	}

	@Test
	void updateProfileRefusesMalformedJsonWith400() throws Exception {
		HttpResponse<String> response = updateProfile("{bad", "Authorization", BEARER, "Content-Type", "application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertErrorBody(response, 400, "Bad Request", SampleContract.UPDATE_PROFILE);
	}

	@Test
	void updateProfileRefusesPlainTextWith415NamingJson() throws Exception {
		HttpResponse<String> response = updateProfile("x", "Authorization", BEARER, "Content-Type", "text/plain");
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Accept")).hasValueSatisfying(
				(accept) -> assertThat(accept).startsWith("application/json, application/*+json"));
		assertErrorBody(response, 415, "Unsupported Media Type", SampleContract.UPDATE_PROFILE);
	}

	@ParameterizedTest
	@MethodSource("anyCredentials")
	void failingRouteAnswers500ThroughBootsErrorHandlingWithOrWithoutAToken(List<String> headers) throws Exception {
		HttpResponse<String> response = this.http.get(SampleContract.FAIL, headers.toArray(String[]::new));
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("X-Request-ID")).isPresent();
		assertErrorBody(response, 500, "Internal Server Error", SampleContract.FAIL);
	}

	static Stream<Arguments> anyCredentials() {
		return Stream.of(argumentSet("no token", List.of()),
				argumentSet("the token", List.of("Authorization", BEARER)),
				argumentSet("a wrong token", List.of("Authorization", "Bearer wrong")));
	}

	@Test
	void unknownPathsNeedTheTokenAndThenAnswer404() throws Exception {
		assertThat(this.http.get(SampleContract.UNKNOWN).statusCode()).isEqualTo(401);
		HttpResponse<String> response = this.http.get(SampleContract.UNKNOWN, "Authorization", BEARER);
		assertThat(response.statusCode()).isEqualTo(404);
		assertErrorBody(response, 404, "Not Found", SampleContract.UNKNOWN);
	}

	@Test
	void anUnknownPublicPathAnswers404WithoutAToken() throws Exception {
		HttpResponse<String> response = this.http.get("/api/public/nothing");
		assertThat(response.statusCode()).isEqualTo(404);
		assertErrorBody(response, 404, "Not Found", "/api/public/nothing");
	}

	static Stream<Arguments> methodsNoRouteHas() {
		return Stream.of(argumentSet("PATCH on the profiles", "PATCH", "/api/v1/users/me/profiles"),
				argumentSet("POST on the ping", "POST", SampleContract.PING),
				argumentSet("DELETE on the balance", "DELETE", "/api/v1/credits/balance"));
	}

	@ParameterizedTest
	@MethodSource("methodsNoRouteHas")
	void aMethodTheRouteDoesNotHaveAnswers405NamingTheAllowedMethods(String method, String path) throws Exception {
		HttpResponse<String> response = this.http.send(method, path, "{}", "Authorization", BEARER, "Content-Type",
				"application/json");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().allValues("Allow")).containsExactly("GET");
		assertErrorBody(response, 405, "Method Not Allowed", path);
	}

	static Stream<Arguments> pathsTheFirewallRefuses() {
		return Stream.of(argumentSet("an empty segment", "/api//public/ping"),
				argumentSet("an encoded dot-dot", "/api/public/%2e%2e/v1/credits/balance"),
				argumentSet("an encoded slash", "/api/public%2fping"));
	}

	@ParameterizedTest
	@MethodSource("pathsTheFirewallRefuses")
	void aPathTheFirewallRefusesAnswers400WithBootsErrorBody(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path, "Authorization", BEARER);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("X-Request-ID")).isPresent();
		assertErrorBody(response, 400, "Bad Request", path);
	}

	static Stream<String> permittedPaths() {
		return SampleContract.PERMITTED_PATHS.stream();
	}

	@ParameterizedTest
	@MethodSource("permittedPaths")
	void permittedPathsAnswerWithoutATokenOrAChallenge(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(response.body()).isNotEqualTo(401);
		assertThat(response.headers().allValues("WWW-Authenticate")).isEmpty();
	}

	@Test
	void noResponseStartsASession() throws Exception {
		assertThat(this.http.get("/api/v1/credits/balance", "Authorization", BEARER).headers().map())
			.doesNotContainKey("set-cookie");
		assertThat(this.http.get("/api/v1/credits/balance").headers().map()).doesNotContainKey("set-cookie");
	}

	@Test
	void thereIsNoLoginPageAndNoBasicChallenge() throws Exception {
		HttpResponse<String> response = this.http.get("/login");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
	}

	private HttpResponse<String> updateProfile(String body, String... headers) throws Exception {
		return this.http.send("POST", SampleContract.UPDATE_PROFILE, body, headers);
	}

	private String etagOf(Read read) {
		try {
			return this.http.get(read.path(), "Authorization", BEARER).headers().firstValue("ETag").orElseThrow();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Boot's JSON error body, as the servlet sample answers it; WebFlux adds {@code requestId}, the
	 * exchange's log prefix, so that the body can be found in the log.
	 */
	static void assertErrorBody(HttpResponse<String> response, int status, String error, String path)
			throws Exception {
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode body = json.readTree(response.body());
		assertThat(body.propertyNames()).containsAll(SampleContract.ERROR_KEYS)
			.hasSize(SampleContract.ERROR_KEYS.size() + 1)
			.contains("requestId");
		assertThat(body.get("status").asInt()).isEqualTo(status);
		assertThat(body.get("error").asString()).isEqualTo(error);
		assertThat(body.get("path").asString()).isEqualTo(path);
		assertThat(Instant.parse(body.get("timestamp").asString())).isBeforeOrEqualTo(Instant.now());
	}

}
