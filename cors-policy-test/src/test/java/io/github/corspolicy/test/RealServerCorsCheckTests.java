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
package io.github.corspolicy.test;

import java.io.IOException;
import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.corspolicy.core.browser.BrowserVerdict.Failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The browser played over real HTTP against a local server: {@link CorsCheck#against(URI)}.
 */
class RealServerCorsCheckTests {

	private static LocalCorsServer server;

	@BeforeAll
	static void startServer() throws IOException {
		server = LocalCorsServer.start(CorsRules.strict().exposing("ETag, X-Request-ID"));
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void credentialedPutWithAuthorizationIsPreflightedAndAllowed() {
		CorsOutcome outcome = page().withCredentials()
			.put("/api/items")
			.header("Authorization", "Bearer t")
			.header("Content-Type", "application/json")
			.body("{}")
			.run();
		assertThat(outcome).isAllowed().wasPreflighted().hasStatus(200);
		assertThat(outcome.preflight().status()).isEqualTo(204);
	}

	@Test
	void simpleGetIsSentWithoutPreflightAndExposesItsHeaders() {
		CorsOutcome outcome = page().withCredentials().get("/api/items").run();
		assertThat(outcome).isAllowed().wasNotPreflighted().exposes("ETag", "X-Request-ID");
	}

	@Test
	void headerTheServerDoesNotAllowIsBlocked() {
		CorsOutcome outcome = page().get("/api/items").header("X-Debug", "1").run();
		assertThat(outcome).isBlocked().because(Failure.HEADER_NOT_ALLOWED).mentioning("x-debug");
	}

	@Test
	void errorWithoutCorsHeadersIsBlockedAndItsStatusIsNamedInTheLikelyCause() {
		CorsOutcome outcome = page().get("/api/fail").run();
		assertThat(outcome).isBlocked().because(Failure.MISSING_ALLOW_ORIGIN).hasStatus(500);
		assertThat(outcome.verdict().likelyCause()).startsWith("this 500 error response carries no CORS headers");
	}

	@Test
	void urlsInMessagesAreTheServerUriAndThePath() {
		CorsOutcome outcome = CorsCheck.against(URI.create(server.uri() + "/")).from("https://evil.example.com")
			.get("/api/items?page=2")
			.run();
		assertThat(outcome.verdict().consoleMessage())
			.startsWith("Access to fetch at '" + server.uri() + "/api/items?page=2' from origin 'https://evil.example.com'");
	}

	@Test
	void aSameOriginRedirectIsFollowedWithANewPreflightForTheNewUrl() {
		CorsOutcome outcome = page().withCredentials().followingRedirects()
			.put("/api/moved?to=/api/items")
			.header("Authorization", "Bearer t")
			.run();
		assertThat(outcome).isAllowed().hasStatus(200);
		assertThat(outcome.steps()).extracting(CorsStep::method, CorsStep::status)
			.containsExactly(tuple("OPTIONS", 204), tuple("PUT", 307), tuple("OPTIONS", 204), tuple("PUT", 200));
		assertThat(outcome.steps().get(3).sentHeaders()).containsEntry("Origin", CorsRules.ORIGIN)
			.containsEntry("Authorization", "Bearer t");
	}

	@Test
	void aRedirectToAnotherOriginSendsOriginNullWhichThePolicyDoesNotAllow() {
		String elsewhere = "http://localhost:" + server.uri().getPort() + "/api/items";
		CorsOutcome outcome = page().followingRedirects().get("/api/moved?to=" + elsewhere).run();
		assertThat(outcome).isBlocked().because(Failure.MISSING_ALLOW_ORIGIN).mentioning("from origin 'null'");
		assertThat(outcome.actual().url()).isEqualTo(elsewhere);
		assertThat(outcome.actual().sentHeaders()).containsEntry("Origin", "null");
		assertThat(outcome.toString()).contains("redirected to " + elsewhere, "Request:      GET " + elsewhere
				+ " with Origin: null");
	}

	@Test
	void credentialedCallsSendTheCookiesButThePreflightNever() {
		CorsOutcome outcome = page().withCredentials().withCookies("session=1")
			.put("/api/items")
			.header("Authorization", "Bearer t")
			.run();
		assertThat(outcome).isAllowed();
		assertThat(outcome.preflight().sentHeaders()).doesNotContainKey("Cookie");
		assertThat(outcome.actual().sentHeaders()).containsEntry("Cookie", "session=1");
	}

	private static CorsCheck page() {
		return CorsCheck.against(server.uri()).from(CorsRules.ORIGIN);
	}

}
