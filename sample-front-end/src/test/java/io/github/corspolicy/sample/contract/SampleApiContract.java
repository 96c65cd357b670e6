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
package io.github.corspolicy.sample.contract;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.corspolicy.sample.contract.SampleContract.BEARER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo API over real HTTP, with the dev configuration of {@code application.yml}, as both
 * samples answer it; where the stacks differ the subclass's {@link #stack()} says which answer to
 * expect. A sample runs it with a subclass that starts the sample on a random port (without its page).
 */
public abstract class SampleApiContract {

	private static final String FRONT_END = SampleContract.DEV_ORIGINS.get(0);

	private SampleHttp http;

	/** The port the sample's API listens on. */
	protected abstract int apiPort();

	/** The stack the sample runs on. */
	protected abstract Stack stack();

	@BeforeEach
	void client() {
		this.http = new SampleHttp(apiPort());
	}

	@Test
	void pingIsPublic() throws Exception {
		HttpResponse<String> response = this.http.get(SampleContract.PING);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("pong");
	}

	static Stream<String> protectedReads() {
		return SampleContract.PROTECTED_READS.stream().map(SampleContract.Read::path);
	}

	@ParameterizedTest
	@MethodSource("protectedReads")
	void protectedReadsAnswerJsonWithETagAndRequestIdForTheToken(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path, "Authorization", BEARER, "X-Request-ID", "abc-123");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(response.headers().firstValue("X-Request-ID")).hasValue("abc-123");
	}

	@ParameterizedTest
	@MethodSource("protectedReads")
	void protectedReadsAnswer401WithoutOrWithAWrongToken(String path) throws Exception {
		assertThat(this.http.get(path).statusCode()).isEqualTo(401);
		assertThat(this.http.get(path, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void updateProfileEchoesTheProfileOnEveryRepeat() throws Exception {
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = this.http.send("POST", SampleContract.UPDATE_PROFILE,
					SampleContract.PROFILE_JSON, "Content-Type", "application/json", "Authorization", BEARER,
					"Origin", FRONT_END);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"saved\":true", "\"displayName\":\"Ada\"");
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONT_END);
		}
	}

	@Test
	void failingRouteAnswers500ThatTheFrontEndCanRead() throws Exception {
		HttpResponse<String> response = this.http.get(SampleContract.FAIL, "Origin", FRONT_END);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONT_END);
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
	}

	/** {@code cors.timing-allow-origin=true}: the page's Resource Timing panel shows the phases of its calls. */
	@Test
	void responseToTheFrontEndCarriesTimingAllowOriginWithItsOrigin() throws Exception {
		HttpResponse<String> call = this.http.get(SampleContract.PING, "Origin", FRONT_END);
		HttpResponse<String> preflight = this.http.send("OPTIONS", "/api/v1/credits/balance", null, "Origin", FRONT_END,
				"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization");
		for (HttpResponse<String> response : List.of(call, preflight)) {
			assertThat(response.headers().allValues("Timing-Allow-Origin")).containsExactly(FRONT_END);
			assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(FRONT_END);
		}
	}

	@Test
	void responseToARefusedOriginOrWithoutOriginCarriesNoTimingAllowOrigin() throws Exception {
		for (HttpResponse<String> response : List.of(this.http.get(SampleContract.PING, "Origin", "https://evil.example"),
				this.http.get(SampleContract.PING),
				this.http.get("/api/v1/credits/balance", "Authorization", BEARER, "Origin", "https://evil.example"))) {
			assertThat(response.headers().allValues("Timing-Allow-Origin")).as("%s", response).isEmpty();
			assertThat(response.headers().allValues("Access-Control-Allow-Origin")).as("%s", response).isEmpty();
		}
	}

	@Test
	void unknownPathsNeedTheTokenAndThenAnswer404() throws Exception {
		assertThat(this.http.get(SampleContract.UNKNOWN).statusCode()).isEqualTo(401);
		assertThat(this.http.get(SampleContract.UNKNOWN, "Authorization", BEARER).statusCode()).isEqualTo(404);
	}

	static Stream<String> devOrigins() {
		return SampleContract.DEV_ORIGINS.stream();
	}

	@ParameterizedTest
	@MethodSource("devOrigins")
	void preflightFromEachDevOriginIsAnsweredWithoutAToken(String origin) throws Exception {
		HttpResponse<String> response = this.http.send("OPTIONS", "/api/v1/credits/balance", null, "Origin", origin,
				"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization,x-request-id");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
			.hasValue("authorization, content-type, x-request-id");
		assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
	}

	@Test
	void unauthenticatedCallStillCarriesCorsHeadersAndExposesRequestId() throws Exception {
		HttpResponse<String> response = this.http.get("/api/v1/credits/balance", "Origin", FRONT_END);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONT_END);
		assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValue("ETag, X-Request-ID");
	}

	/** Servlet: Boot's four keys; WebFlux: the same and {@code requestId} (see {@link Stack#REACTIVE}). */
	@Test
	void errorBodiesHaveTheKeysOfTheStack() throws Exception {
		HttpResponse<String> unauthorized = this.http.get("/api/v1/credits/balance");
		HttpResponse<String> failed = this.http.get(SampleContract.FAIL, "Origin", FRONT_END);
		assertThat(keysOf(unauthorized)).as(unauthorized.body()).isEqualTo(stack().errorKeys());
		assertThat(keysOf(failed)).as(failed.body()).isEqualTo(stack().errorKeys());
	}

	/** Servlet: none; WebFlux: {@code no-referrer} (see {@link Stack#REACTIVE}). */
	@Test
	void referrerPolicyIsTheOneOfTheStack() throws Exception {
		for (HttpResponse<String> response : List.of(this.http.get(SampleContract.PING),
				this.http.get("/api/v1/credits/balance", "Authorization", BEARER, "Origin", FRONT_END))) {
			assertThat(response.headers().firstValue("Referrer-Policy")).isEqualTo(stack().referrerPolicy());
		}
	}

	private static Set<String> keysOf(HttpResponse<String> response) throws Exception {
		Set<String> keys = new HashSet<>();
		new JSONObject(response.body()).keys().forEachRemaining((key) -> keys.add((String) key));
		return keys;
	}

}
