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
package io.github.corspolicy.core.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.browser.BrowserVerdict.Failure;
import io.github.corspolicy.core.browser.WalkStep.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The walk over canned responses: preflight, request, redirects (Fetch "HTTP fetch" and
 * "HTTP-redirect fetch"), cookies and Private Network Access.
 */
class BrowserWalkTests {

	private static final String API = "https://api.example.com";

	private static final String APP = "https://app.example.com";

	private final List<Sent> sent = new ArrayList<>();

	static Stream<Arguments> redirects() {
		return Stream.of(
				argumentSet("a same-origin 307 keeps the method, body and origin", "PUT", 307, "/v2/items",
						List.of("OPTIONS", "PUT", "OPTIONS", "PUT"), APP, null),
				argumentSet("a 302 turns a POST into a GET without its body headers", "POST", 302, "/v2/items",
						List.of("POST", "GET"), APP, null),
				argumentSet("a 301 turns a POST into a GET", "POST", 301, "/v2/items", List.of("POST", "GET"), APP, null),
				argumentSet("a 303 turns a PUT into a GET, which needs no second preflight", "PUT", 303, "/v2/items",
						List.of("OPTIONS", "PUT", "GET"), APP, null),
				argumentSet("a 308 keeps a POST", "POST", 308, "/v2/items", List.of("POST", "POST"), APP, null),
				argumentSet("a redirect to another origin taints it: the next hop sends Origin: null", "GET", 302,
						"https://cdn.example.com/items", List.of("GET", "GET"), "null", Failure.ALLOW_ORIGIN_MISMATCH),
				argumentSet("a Location with a user name is a network error", "GET", 302, "https://u:p@api.example.com/x",
						List.of("GET"), APP, Failure.REDIRECT_WITH_CREDENTIALS),
				argumentSet("a Location that is not http is a network error", "GET", 302, "ftp://api.example.com/x",
						List.of("GET"), APP, Failure.REDIRECT_INVALID_LOCATION),
				argumentSet("a Location that is not a URL is a network error", "GET", 302, "http://a b/",
						List.of("GET"), APP, Failure.REDIRECT_INVALID_LOCATION));
	}

	@ParameterizedTest
	@MethodSource("redirects")
	void redirectsAreFollowedAsFetchSays(String method, int status, String location, List<String> methods,
			String lastOrigin, @Nullable Failure failure) {
		BrowserRequest call = new BrowserRequest(API + "/items", APP, method, Map.of("Content-Type", "text/plain"), false);
		WalkResult walk = walk((request) -> request.url().endsWith("/items") && !request.url().contains("/v2/")
				&& !request.method().equals("OPTIONS") ? allowing(APP, status, "Location", location) : allowing(APP, 200))
			.followingRedirects()
			.walk(call, "pen");
		assertThat(this.sent).extracting(Sent::method).containsExactlyElementsOf(methods);
		assertThat(this.sent.get(this.sent.size() - 1).headers().get("Origin")).isEqualTo(lastOrigin);
		assertThat(walk.verdict().failure()).isEqualTo(failure);
	}

	@Test
	void aRedirectResponseMustPassTheCorsCheckBeforeItIsFollowed() {
		WalkResult walk = walk((request) -> BrowserResponse.of(302, "Location", "/v2/items")).followingRedirects()
			.walk(BrowserRequest.get(API + "/items", APP));
		assertThat(this.sent).hasSize(1);
		assertThat(walk.verdict().failure()).isEqualTo(Failure.MISSING_ALLOW_ORIGIN);
	}

	@Test
	void aBodyTurnedIntoAGetIsDroppedWithItsContentType() {
		walk((request) -> request.url().endsWith("/v2") ? allowing(APP, 200) : allowing(APP, 303, "Location", "/v2"))
			.followingRedirects()
			.walk(new BrowserRequest(API + "/items", APP, "POST", Map.of("Content-Type", "text/plain",
					"Accept", "text/plain"), false), "pen");
		assertThat(this.sent.get(1).headers()).containsOnlyKeys("Accept", "Origin");
		assertThat(this.sent.get(1).body()).isNull();
	}

	@Test
	void authorizationDoesNotCrossOriginsOnARedirect() {
		BrowserRequest call = BrowserRequest.get(API + "/items", APP).withHeader("Authorization", "Bearer t");
		walk((request) -> request.method().equals("OPTIONS") ? allowing(APP, 204) : request.url().startsWith(API)
				? allowing(APP, 307, "Location", "https://b.example.com/items") : allowing("null", 200))
			.followingRedirects()
			.walk(call);
		assertThat(this.sent).extracting(Sent::method).containsExactly("OPTIONS", "GET", "GET");
		assertThat(this.sent.get(2).headers()).doesNotContainKey("Authorization").containsEntry("Origin", "null");
	}

	@Test
	void aTaintedOriginIsAllowedOnlyByNullOrAWildcard() {
		WalkResult walk = walk((request) -> request.url().startsWith(API)
				? allowing(APP, 302, "Location", "https://b.example.com/items") : allowing("null", 200))
			.followingRedirects()
			.walk(BrowserRequest.get(API + "/items", APP));
		assertThat(walk.allowed()).isTrue();
		assertThat(walk.redirects()).isEqualTo(1);
		assertThat(walk.steps().get(0).redirectedTo()).isEqualTo("https://b.example.com/items");
	}

	@Test
	void aRedirectBackFromAnotherOriginKeepsTheOriginTainted() {
		WalkResult walk = walk((request) -> request.url().endsWith("/back") ? allowing("null", 200)
				: request.url().startsWith(API) ? allowing(APP, 302, "Location", "https://b.example.com/x")
						: allowing("null", 302, "Location", API + "/back"))
			.followingRedirects()
			.walk(BrowserRequest.get(API + "/items", APP));
		assertThat(this.sent).extracting((sent) -> sent.headers().get("Origin")).containsExactly(APP, "null", "null");
		assertThat(walk.allowed()).isTrue();
	}

	@Test
	void theTwentyFirstRedirectIsANetworkError() {
		WalkResult walk = walk((request) -> allowing(APP, 302, "Location", "/again")).followingRedirects()
			.walk(BrowserRequest.get(API + "/items", APP));
		assertThat(this.sent).hasSize(BrowserWalk.MAX_REDIRECTS + 1);
		assertThat(walk.verdict().failure()).isEqualTo(Failure.TOO_MANY_REDIRECTS);
		assertThat(walk.verdict().consoleMessage()).contains("net::ERR_TOO_MANY_REDIRECTS");
	}

	@Test
	void aPreflightAnsweredWithARedirectFails() {
		WalkResult walk = walk((request) -> allowing(APP, 302, "Location", "/login")).followingRedirects()
			.walk(BrowserRequest.get(API + "/items", APP).withMethod("PUT"));
		assertThat(this.sent).extracting(Sent::method).containsExactly("OPTIONS");
		assertThat(walk.verdict().failure()).isEqualTo(Failure.PREFLIGHT_REDIRECTED);
		assertThat(walk.verdict().consoleMessage()).endsWith("Redirect is not allowed for a preflight request.");
	}

	@Test
	void withoutFollowingTheRedirectIsTheFinalResponse() {
		WalkResult walk = walk((request) -> allowing(APP, 302, "Location", "/v2")).walk(BrowserRequest.get(API + "/items", APP));
		assertThat(this.sent).hasSize(1);
		assertThat(walk.allowed()).isTrue();
		assertThat(walk.steps().get(0).redirectedTo()).isNull();
	}

	@Test
	void cookiesGoWithCredentialedRequestsOnlyAndNeverWithThePreflight() {
		BrowserWalk browser = walk((request) -> allowing(APP, 200, "Access-Control-Allow-Credentials", "true",
				"Access-Control-Allow-Methods", "PUT")).withCookies("session=1");
		browser.walk(BrowserRequest.get(API + "/items", APP).withMethod("PUT").withCredentials());
		browser.walk(BrowserRequest.get(API + "/items", APP));
		assertThat(this.sent).extracting((sent) -> sent.headers().get("Cookie")).containsExactly(null, "session=1", null);
	}

	@Test
	void cookiesStayWithTheHostTheyBelongTo() {
		walk((request) -> request.url().startsWith(API)
				? allowing(APP, 302, "Location", "https://b.example.com/", "Access-Control-Allow-Credentials", "true")
				: allowing("null", 200, "Access-Control-Allow-Credentials", "true")).followingRedirects().withCookies("session=1")
			.walk(BrowserRequest.get(API + "/items", APP).withCredentials());
		assertThat(this.sent).extracting((sent) -> sent.headers().get("Cookie")).containsExactly("session=1", null);
	}

	@Test
	void aPrivateNetworkRequestIsPreflightedEvenWhenSimple() {
		WalkResult walk = walk((request) -> allowing(APP, 204)).toPrivateNetwork(AddressSpace.LOCAL)
			.walk(BrowserRequest.get("http://127.0.0.1:8080/items", APP));
		assertThat(this.sent.get(0).headers()).containsEntry("Access-Control-Request-Private-Network", "true");
		assertThat(walk.verdict().failure()).isEqualTo(Failure.MISSING_ALLOW_PRIVATE_NETWORK);
		assertThat(walk.verdict().consoleMessage()).contains("No 'Access-Control-Allow-Private-Network' header was present "
				+ "in the preflight response for this private network request targeting the `local` address space.");
	}

	@Test
	void aPrivateNetworkRequestAllowedByThePreflightGoesOn() {
		WalkResult walk = walk((request) -> allowing(APP, 204, "Access-Control-Allow-Private-Network", "true"))
			.toPrivateNetwork(AddressSpace.PRIVATE)
			.walk(BrowserRequest.get("http://192.168.1.2/items", APP));
		assertThat(this.sent).extracting(Sent::method).containsExactly("OPTIONS", "GET");
		assertThat(walk.allowed()).isTrue();
	}

	@Test
	void anInsecurePageCannotCallIntoAPrivateNetworkAtAll() {
		WalkResult walk = walk((request) -> allowing(APP, 204)).toPrivateNetwork(AddressSpace.PRIVATE)
			.walk(BrowserRequest.get("http://192.168.1.2/items", "http://app.example.com"));
		assertThat(this.sent).isEmpty();
		assertThat(walk.verdict().failure()).isEqualTo(Failure.INSECURE_PRIVATE_NETWORK);
	}

	@Test
	void noResponseIsANetworkErrorOnItsStep() {
		WalkResult walk = walk((request) -> {
			throw new NoResponseException("connection refused");
		}).walk(BrowserRequest.get(API + "/items", APP));
		assertThat(walk.steps()).singleElement().satisfies((step) -> {
			assertThat(step.kind()).isEqualTo(Kind.REQUEST);
			assertThat(step.noResponse()).isEqualTo("connection refused");
		});
		assertThat(walk.verdict().failure()).isEqualTo(Failure.NO_RESPONSE);
	}

	static Stream<Arguments> reasonlessFailures() {
		return Stream.of(argumentSet("a transport that gives no reason", (Object) null),
				argumentSet("a transport that gives a blank reason", " "));
	}

	@ParameterizedTest
	@MethodSource("reasonlessFailures")
	void aFailureWithoutAReasonSaysSoInsteadOfNull(@Nullable String reason) {
		WalkResult walk = walk((request) -> {
			throw new NoResponseException(reason);
		}).walk(BrowserRequest.get(API + "/items", APP));
		assertThat(walk.steps()).singleElement()
			.satisfies((step) -> assertThat(step.noResponse()).isEqualTo("the transport gave no reason"));
		assertThat(walk.verdict().failure()).isEqualTo(Failure.NO_RESPONSE);
		assertThat(walk.verdict().consoleMessage()).isEqualTo(
				"Failed to fetch '" + API + "/items': the transport gave no reason");
		assertThat(walk.verdict().likelyCause()).isEqualTo("no response came: the transport gave no reason");
	}

	private BrowserWalk walk(Function<Sent, BrowserResponse> server) {
		return BrowserWalk.over((method, url, headers, body) -> {
			Sent request = new Sent(method, url, headers, body);
			this.sent.add(request);
			return server.apply(request);
		});
	}

	/** A response allowing the origin, the methods PUT and POST and the header Content-Type, with more headers. */
	private static BrowserResponse allowing(String origin, int status, String... more) {
		List<String> headers = new ArrayList<>(List.of("Access-Control-Allow-Origin", origin,
				"Access-Control-Allow-Methods", "PUT, POST", "Access-Control-Allow-Headers", "content-type, authorization"));
		headers.addAll(List.of(more));
		return BrowserResponse.of(status, headers.toArray(String[]::new));
	}

	record Sent(String method, String url, Map<String, String> headers, @Nullable String body) {
	}

}
