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

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.corspolicy.core.browser.AddressSpace;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict.Failure;
import io.github.corspolicy.test.CannedServer.Sent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

/**
 * What the check puts on the wire: the preflight and the request a browser would send.
 */
class CorsCheckTests {

	private static final String ORIGIN = "https://app.example.com";

	private final CannedServer server = new CannedServer(
			BrowserResponse.of(204, "Access-Control-Allow-Origin", ORIGIN, "Access-Control-Allow-Methods", "PUT, patch",
					"Access-Control-Allow-Headers", "authorization, x-trace"),
			BrowserResponse.of(200, "Access-Control-Allow-Origin", ORIGIN));

	@Test
	void callWithoutAnOriginIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> CorsCheck.using(this.server).get("/api/items"))
			.withMessageContaining("from(");
	}

	@Test
	void pathWithoutLeadingSlashIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CorsCheck.using(this.server).from(ORIGIN).get("api/items"))
			.withMessageContaining("'api/items'");
	}

	@Test
	void preflightAsksForTheMethodAndTheUnsafeHeaderNamesOnly() {
		CorsCheck.using(this.server).from(ORIGIN).withCredentials()
			.put("/api/items")
			.header("Authorization", "Bearer t")
			.header("Content-Type", "text/plain")
			.header("X-Trace", "1")
			.body("pen")
			.run();
		Sent preflight = this.server.sent().get(0);
		assertThat(preflight.method()).isEqualTo("OPTIONS");
		assertThat(preflight.headers()).containsExactly(entry("Origin", ORIGIN),
				entry("Access-Control-Request-Method", "PUT"),
				entry("Access-Control-Request-Headers", "authorization,x-trace"));
		assertThat(preflight.body()).isNull();
	}

	@Test
	void requestCarriesThePageHeadersTheBodyAndTheOriginButNoForbiddenHeader() {
		CorsCheck.using(this.server).from(ORIGIN)
			.put("/api/items")
			.header("Authorization", "Bearer t")
			.header("Cookie", "session=1")
			.body("pen")
			.run();
		Sent request = this.server.sent().get(1);
		assertThat(request.method()).isEqualTo("PUT");
		assertThat(request.headers()).containsExactly(entry("Authorization", "Bearer t"), entry("Origin", ORIGIN));
		assertThat(request.body()).isEqualTo("pen");
	}

	@Test
	void requestIsNeverSentWhenThePreflightBlocksIt() {
		CorsOutcome outcome = CorsCheck.using(this.server).from(ORIGIN).delete("/api/items").run();
		assertThat(this.server.sent()).extracting(Sent::method).containsExactly("OPTIONS");
		assertThat(outcome.actual()).isNull();
		assertThat(outcome.allowed()).isFalse();
	}

	@Test
	void simpleCallIsSentAlone() {
		CorsCheck.using(this.server).from(ORIGIN).get("/api/items").header("Accept", "application/json").run();
		assertThat(this.server.sent()).extracting(Sent::method).containsExactly("GET");
	}

	@Test
	void methodsOtherThanTheStandardOnesAreSentAsWritten() {
		CorsCheck.using(this.server).from(ORIGIN).request("patch", "/api/items").run();
		assertThat(this.server.sent().get(0).headers()).containsEntry("Access-Control-Request-Method", "patch");
		assertThat(this.server.sent().get(1).method()).isEqualTo("patch");
	}

	@Test
	void cookiesGoWithCredentialedRequestsOnly() {
		CorsCheck page = CorsCheck.using(this.server).from(ORIGIN).withCookies("session=1");
		page.get("/api/items").run();
		page.withCredentials().get("/api/items").run();
		assertThat(this.server.sent()).extracting((sent) -> sent.headers().get("Cookie")).containsExactly(null, "session=1");
	}

	@Test
	void aPrivateNetworkCallIsPreflightedAndRefusedWithoutTheServersOptIn() {
		CorsOutcome outcome = CorsCheck.using(this.server).from(ORIGIN).toPrivateNetwork(AddressSpace.LOCAL)
			.get("/api/items")
			.run();
		assertThat(this.server.sent().get(0).headers()).containsEntry("Access-Control-Request-Private-Network", "true");
		assertThat(outcome).isBlocked().because(Failure.MISSING_ALLOW_PRIVATE_NETWORK).mentioning("`local` address space");
	}

	@Test
	void checksAreImmutableSoOneCanServeSeveralCalls() {
		CorsCheck page = CorsCheck.using(this.server).from(ORIGIN);
		page.withCredentials();
		page.from("https://other.example.com");
		CorsOutcome outcome = page.get("/api/items").run();
		assertThat(List.of(outcome.call().origin(), outcome.call().credentials())).containsExactly(ORIGIN, false);
	}

}
