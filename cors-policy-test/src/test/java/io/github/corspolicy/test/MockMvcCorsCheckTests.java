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

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import io.github.corspolicy.core.browser.BrowserVerdict.Failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The browser played against MockMvc, in front of a hand-written CORS filter for one origin.
 */
class MockMvcCorsCheckTests {

	private static final String ORIGIN = CorsRules.ORIGIN;

	@Test
	void credentialedPutWithAuthorizationIsPreflightedAndAllowed() {
		CorsOutcome outcome = page(CorsRules.strict()).withCredentials()
			.put("/api/items")
			.header("Authorization", "Bearer t")
			.header("Content-Type", "application/json")
			.body("{\"name\":\"pen\"}")
			.run();
		assertThat(outcome).isAllowed().wasPreflighted().hasStatus(200);
	}

	@Test
	void headerTheServerDoesNotAllowBlocksTheCallAtThePreflight() {
		CorsOutcome outcome = page(CorsRules.strict()).withCredentials()
			.put("/api/items")
			.header("Authorization", "Bearer t")
			.header("X-Debug", "1")
			.run();
		assertThat(outcome).isBlocked().because(Failure.HEADER_NOT_ALLOWED).mentioning("x-debug").wasPreflighted();
		assertThat(outcome.actual()).isNull();
	}

	@Test
	void methodTheServerDoesNotAllowBlocksTheCallAtThePreflight() {
		CorsOutcome outcome = page(CorsRules.strict()).withCredentials().delete("/api/items").run();
		assertThat(outcome).isBlocked().because(Failure.METHOD_NOT_ALLOWED).mentioning("Method DELETE");
	}

	@Test
	void credentialedCallIsBlockedWhenTheServerDoesNotAllowCredentials() {
		CorsOutcome outcome = page(CorsRules.strict().withoutCredentials()).withCredentials().get("/api/items").run();
		assertThat(outcome).isBlocked().because(Failure.MISSING_ALLOW_CREDENTIALS).wasNotPreflighted().hasStatus(200);
	}

	@Test
	void credentialedCallIsBlockedWhenTheServerAnswersAnyOrigin() {
		CorsOutcome outcome = page(CorsRules.strict().withWildcardOrigin()).withCredentials().get("/api/items").run();
		assertThat(outcome).isBlocked().because(Failure.WILDCARD_WITH_CREDENTIALS).mentioning("wildcard '*'");
	}

	@Test
	void callFromAnotherOriginIsBlockedBecauseNoAllowOriginIsSent() {
		CorsOutcome outcome = CorsCheck.with(mockMvc(CorsRules.strict())).from("https://evil.example.com")
			.get("/api/items")
			.run();
		assertThat(outcome).isBlocked().because(Failure.MISSING_ALLOW_ORIGIN).mentioning("https://evil.example.com");
	}

	@Test
	void simpleGetIsSentWithoutPreflightAndAllowed() {
		CorsOutcome outcome = page(CorsRules.strict()).get("/api/items").header("Accept", "application/json").run();
		assertThat(outcome).isAllowed().wasNotPreflighted().hasStatus(200);
	}

	@Test
	void pageReadsOnlyTheResponseHeadersTheServerExposes() {
		CorsOutcome outcome = page(CorsRules.strict().exposing("ETag, X-Request-ID")).withCredentials()
			.get("/api/items")
			.run();
		assertThat(outcome).isAllowed().exposes("ETag", "x-request-id", "Content-Type");
		assertThat(outcome.readableHeaders()).doesNotContain("X-Internal");
	}

	@Test
	void aRedirectIsTheFinalResponseUnlessFollowed() {
		assertThat(page(CorsRules.strict()).get("/api/items/old").run()).isAllowed().hasStatus(308);
		CorsOutcome followed = page(CorsRules.strict()).followingRedirects().get("/api/items/old").run();
		assertThat(followed).isAllowed().hasStatus(200).exposes("Content-Type");
		assertThat(followed.steps()).extracting(CorsStep::url)
			.containsExactly("http://localhost/api/items/old", "http://localhost/api/items");
	}

	@Test
	void aRedirectToAnotherServerCannotBeFollowedInMockMvcAndSaysWhere() {
		CorsCall call = page(CorsRules.strict()).followingRedirects().get("/api/items/away");
		assertThatIllegalStateException().isThrownBy(call::run)
			.withMessageContaining("https://elsewhere.example.com/api/items")
			.withMessageContaining("CorsCheck.against(URI)");
	}

	@Test
	void exceptionInTheControllerPointsToARealServer() {
		CorsCheck check = page(CorsRules.strict());
		assertThatIllegalStateException().isThrownBy(() -> check.get("/api/items/broken").run())
			.withMessageContaining("GET /api/items/broken failed in MockMvc")
			.withMessageContaining("CorsCheck.against(URI)");
	}

	private static CorsCheck page(CorsRules rules) {
		return CorsCheck.with(mockMvc(rules)).from(ORIGIN);
	}

	private static MockMvc mockMvc(CorsRules rules) {
		return MockMvcBuilders.standaloneSetup(new ItemsController()).addFilters(new OneOriginCorsFilter(rules)).build();
	}

}
