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

import java.net.URI;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.browser.BrowserVerdict.Failure;
import io.github.corspolicy.test.CorsCheck;
import io.github.corspolicy.test.CorsOutcome;

import static io.github.corspolicy.sample.contract.SampleContract.BEARER;
import static io.github.corspolicy.sample.contract.SampleContract.PROFILE_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Both samples' CORS contract, as the front ends on the dev servers see it: each call played by
 * the browser's rules over real HTTP, so that Spring Security's 401 and Boot's error pages are
 * judged as a browser judges them. A sample runs it with a subclass that starts the sample on a
 * random port (without its page) and gives that port.
 */
public abstract class BrowserCorsContract {

	private static final String REACT_DEV_SERVER = "http://localhost:3000";

	private static final String VITE_DEV_SERVER = "http://localhost:5173";

	/** The port the sample's API listens on. */
	protected abstract int apiPort();

	/** The dev origins of {@code application.yml}, one row each. */
	static Stream<String> devOrigins() {
		return SampleContract.DEV_ORIGINS.stream();
	}

	@ParameterizedTest
	@MethodSource("devOrigins")
	void credentialedReadWithTheTokenIsAllowedAfterAPreflightAndExposesRequestIdAndETag(String origin) {
		CorsOutcome outcome = api().from(origin).withCredentials()
			.get("/api/v1/credits/balance")
			.header("Authorization", BEARER)
			.run();
		assertThat(outcome).isAllowed().wasPreflighted().hasStatus(200).exposes("X-Request-ID", "ETag");
	}

	@Test
	void readWithoutTheTokenIsAllowedSoThePageCanReadThe401() {
		CorsOutcome outcome = api().from(VITE_DEV_SERVER).withCredentials().get("/api/v1/credits/balance").run();
		assertThat(outcome).isAllowed().wasNotPreflighted().hasStatus(401).exposes("X-Request-ID");
	}

	@Test
	void readWithAWrongTokenIsAllowedSoThePageCanReadThe401() {
		CorsOutcome outcome = frontEnd().get("/api/v1/users/me/profiles").header("Authorization", "Bearer wrong").run();
		assertThat(outcome).isAllowed().wasPreflighted().hasStatus(401);
	}

	@Test
	void jsonPostToUpdateProfileIsAllowedAfterAPreflight() {
		CorsOutcome outcome = frontEnd().post(SampleContract.UPDATE_PROFILE)
			.header("Authorization", BEARER)
			.header("Content-Type", "application/json")
			.header("X-Request-ID", "demo-post-1")
			.body(PROFILE_JSON)
			.run();
		assertThat(outcome).isAllowed().wasPreflighted().hasStatus(200).exposes("X-Request-ID");
	}

	@Test
	void failingRouteIsAllowedSoThePageCanReadThe500() {
		CorsOutcome outcome = frontEnd().get(SampleContract.FAIL).run();
		assertThat(outcome).isAllowed().wasNotPreflighted().hasStatus(500);
	}

	@Test
	void patchIsLetThroughThePreflightAndThePageReadsThe405OfARouteWithoutPatch() {
		CorsOutcome outcome = frontEnd().patch("/api/v1/users/me/profiles")
			.header("Authorization", BEARER)
			.header("Content-Type", "application/json")
			.body(PROFILE_JSON)
			.run();
		assertThat(outcome).isAllowed().wasPreflighted().hasStatus(405);
	}

	/**
	 * The starter refuses a preflight it does not allow with a bare 403, so the browser reports the
	 * missing Access-Control-Allow-Origin of the preflight, not the header; the server's log names it.
	 */
	@Test
	void debugHeaderIsBlockedAtThePreflight() {
		CorsOutcome outcome = frontEnd().get("/api/v1/credits/balance")
			.header("Authorization", BEARER)
			.header("X-Debug-Mode", "on")
			.run();
		assertThat(outcome).isBlocked().because(Failure.MISSING_ALLOW_ORIGIN).mentioning("Response to preflight request");
		assertThat(outcome.preflight().status()).isEqualTo(403);
	}

	@Test
	void lowerCasePatchIsBlockedAtThePreflightBecauseMethodsAreCaseSensitive() {
		CorsOutcome outcome = frontEnd().request("patch", "/api/v1/users/me/profiles").header("Authorization", BEARER).run();
		assertThat(outcome).isBlocked().because(Failure.MISSING_ALLOW_ORIGIN).wasPreflighted();
		assertThat(outcome.preflight().status()).isEqualTo(403);
	}

	static Stream<Arguments> callsFromAnotherSite() {
		Function<CorsCheck, CorsOutcome> ping = (page) -> page.get(SampleContract.PING).run();
		Function<CorsCheck, CorsOutcome> read = (page) -> page.get("/api/v1/credits/balance")
			.header("Authorization", BEARER)
			.run();
		Function<CorsCheck, CorsOutcome> write = (page) -> page.post(SampleContract.UPDATE_PROFILE)
			.header("Authorization", BEARER)
			.header("Content-Type", "application/json")
			.body(PROFILE_JSON)
			.run();
		return Stream.of(argumentSet("a public ping", ping), argumentSet("a read with the token", read),
				argumentSet("a JSON write with the token", write));
	}

	@ParameterizedTest
	@MethodSource("callsFromAnotherSite")
	void anyCallFromAnotherSiteIsBlockedBecauseNoAllowOriginIsSent(Function<CorsCheck, CorsOutcome> call) {
		CorsOutcome outcome = call.apply(api().from("https://evil.example.com").withCredentials());
		assertThat(outcome).isBlocked().because(Failure.MISSING_ALLOW_ORIGIN).mentioning("https://evil.example.com");
	}

	private CorsCheck frontEnd() {
		return api().from(REACT_DEV_SERVER).withCredentials();
	}

	private CorsCheck api() {
		return CorsCheck.against(URI.create("http://localhost:" + apiPort()));
	}

}
