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
package io.github.corspolicy.doctor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.doctor.LocalServer.Reply;
import io.github.corspolicy.doctor.LocalServer.Request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Every failure a browser meets, reproduced by a local server: the exit status, the findings and the
 * line that shows it. Real HTTP, no mocks.
 */
class CorsDoctorTests {

	private static final String APP = "https://app.example.com";

	private static final String ACAO = "Access-Control-Allow-Origin";

	private static final String ACAC = "Access-Control-Allow-Credentials";

	private static final String ACAM = "Access-Control-Allow-Methods";

	private static final String ACAH = "Access-Control-Allow-Headers";

	private static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	static Stream<Arguments> scenarios() {
		return Stream.of(
				argumentSet("a preflight answered 401 by authentication",
						preflightThen(Reply.status(401).header("WWW-Authenticate", "Bearer"), allowed(200)),
						List.of("--header", "Authorization: Bearer secret"), 1, List.of("preflight-intercepted"),
						"  not sent: a browser does not send the request after a failed preflight"),
				argumentSet("a preflight answered 401 with CORS headers, by a filter after the CORS handler",
						preflightThen(Reply.status(401).header(ACAO, APP).header(ACAM, "PUT"), allowed(200)),
						List.of("--method", "PUT"), 1, List.of("preflight-intercepted"), "although with CORS headers"),
				argumentSet("a preflight answered 404: nothing handles OPTIONS on the path",
						preflightThen(Reply.status(404), allowed(200)), List.of("--method", "PUT"), 1,
						List.of("preflight-intercepted"), "nothing answers OPTIONS on this path"),
				argumentSet("a 403 from AWS API Gateway without CORS headers",
						always(Reply.status(403).header("x-amzn-errortype", "ForbiddenException")
							.header("x-amz-apigw-id", "Yx1zAHcvoAMF3gQ=").body("{\"message\":\"Forbidden\"}")),
						List.of(), 1, List.of("edge-rejection"), "rejected before the application"),
				argumentSet("a preflight refused by Cloudflare",
						always(Reply.status(403).header("Server", "cloudflare").header("CF-RAY", "8a1b2c3d4e5f-FRA")),
						List.of("--method", "PUT"), 1, List.of("edge-rejection"), "cf-ray: 8a1b2c3d4e5f-FRA (Cloudflare)"),
				argumentSet("a CloudFront error page on the call",
						always(Reply.status(503).header("X-Cache", "Error from cloudfront")
							.header("X-Amz-Cf-Id", "kP3Lr6o9QyA==")),
						List.of(), 1, List.of("edge-rejection"), "x-cache: Error from cloudfront (Amazon CloudFront)"),
				argumentSet("Access-Control-Allow-Origin twice, from a gateway and the application",
						always(allowed(200).header(ACAO, APP).header("Via", "1.1 kong/3.6.1")), List.of(), 1,
						List.of("multiple-allow-origin"), "contains multiple values"),
				argumentSet("'*' on a call with credentials", always(Reply.status(200).header(ACAO, "*").header(ACAC, "true")),
						List.of("--credentials"), 1, List.of("wildcard-with-credentials"), "must not be the wildcard '*'"),
				argumentSet("no Access-Control-Allow-Credentials on a call with credentials", always(allowed(200)),
						List.of("--credentials"), 1, List.of("missing-allow-credentials"),
						"Access-Control-Allow-Credentials is absent on a call with credentials"),
				argumentSet("an echoed origin without Vary: Origin", always(Reply.status(200).header(ACAO, APP)), List.of(), 0,
						List.of("missing-vary-origin"), "RESULT  the call works in a browser, with 1 warning (exit 0)"),
				argumentSet("a preflight that does not allow the method",
						preflightThen(Reply.status(204).header(ACAO, APP).header(ACAM, "GET, POST"), allowed(200)),
						List.of("--method", "PUT"), 1, List.of("method-not-allowed"),
						"Method PUT is not allowed by Access-Control-Allow-Methods in preflight response."),
				argumentSet("a preflight that does not allow the header",
						preflightThen(Reply.status(204).header(ACAO, APP).header(ACAH, "content-type"), allowed(200)),
						List.of("--header", "X-Debug: 1"), 1, List.of("header-not-allowed"),
						"Request header field x-debug is not allowed by Access-Control-Allow-Headers in preflight response."),
				argumentSet("a CORS handler that refuses a header with a bare 403", handler(CorsDoctorTests::refusingXDebug),
						List.of("--header", "X-Debug: 1", "--header", "X-Request-ID: 7"), 1, List.of("header-not-allowed"),
						"one asking for X-Debug alone is refused"),
				argumentSet("a CORS handler that refuses the method with a bare 403", handler(CorsDoctorTests::refusingPut),
						List.of("--method", "PUT"), 1, List.of("method-not-allowed"), "one for PUT without headers is refused (403)"),
				argumentSet("a CORS handler that refuses the origin with a bare 403",
						preflightThen(Reply.status(403).header("Vary", PREFLIGHT_VARY).body("Invalid CORS request"), allowed(200)),
						List.of("--method", "PUT"), 1, List.of("origin-not-allowed"), "the origin is not allowed"),
				argumentSet("a preflight answered 200 by a framework that knows nothing of CORS",
						preflightThen(Reply.status(200).header("Allow", "GET, PUT"), allowed(200)), List.of("--method", "PUT"), 1,
						List.of("origin-not-allowed"), "nothing on this path allows this origin"),
				argumentSet("a 500 without CORS headers after a good preflight",
						preflightThen(goodPreflight(), Reply.status(500).body("boom")), List.of("--method", "PUT"), 1,
						List.of("error-without-cors-headers"), "though the preflight allowed the origin"),
				argumentSet("a 401 without CORS headers on a simple call from an allowed origin",
						preflightThen(goodPreflight(), Reply.status(401).header("WWW-Authenticate", "Bearer")), List.of(), 1,
						List.of("error-without-cors-headers"), "though a probe preflight from this origin is accepted (204)"),
				argumentSet("a 500 without CORS headers from a server that does not allow the origin",
						preflightThen(Reply.status(403).header("Vary", PREFLIGHT_VARY), Reply.status(500)), List.of(), 1,
						List.of("origin-not-allowed"), "a probe preflight from this origin is refused too (403)"),
				argumentSet("a good preflight, then a response without CORS headers",
						preflightThen(goodPreflight(), Reply.status(200)), List.of("--method", "PUT"), 1,
						List.of("response-without-cors-headers"), "the preflight allowed the origin, but the 200 response"),
				argumentSet("Access-Control-Allow-Origin naming another origin",
						always(Reply.status(200).header(ACAO, "https://other.example.com").header("Vary", "Origin")), List.of(), 1,
						List.of("allow-origin-mismatch"), "has a value 'https://other.example.com' that is not equal"),
				argumentSet("a preflight redirected to a login page",
						preflightThen(Reply.status(302).header("Location", "/login"), allowed(200)), List.of("--method", "PUT"), 1,
						List.of("preflight-redirected"), "answered 302 with Location '/login'"),
				argumentSet("a call redirected elsewhere",
						always(allowed(301).header("Location", "https://elsewhere.example.com/")), List.of(), 1,
						List.of("request-redirected"), "answered 301 with Location 'https://elsewhere.example.com/'"),
				argumentSet("Access-Control-Allow-Methods written with quotes",
						preflightThen(goodPreflight().header(ACAM, "\"PUT\""), allowed(200)), List.of("--method", "PUT"), 1,
						List.of("invalid-allow-list"), "is not a valid list"),
				argumentSet("a simple call that works", always(allowed(200)), List.of(), 0, List.of(), "  no problems found"),
				argumentSet("a preflighted call that works", preflightThen(goodPreflight(), allowed(200)),
						List.of("--method", "PUT", "--header", "X-Request-ID: 7"), 0, List.of(),
						"  verdict: allowed, the browser sends the request"));
	}

	@ParameterizedTest
	@MethodSource("scenarios")
	void theDoctorRecognisesTheFailureAndExitsWithItsStatus(Function<Request, Reply> server, List<String> options,
			int exitCode, List<String> findings, String keyLine) {
		try (LocalServer local = LocalServer.answering(server)) {
			DoctorRun run = doctor(local, options);
			assertThat(run.exitCode()).as(run.out()).isEqualTo(exitCode);
			assertThat(run.findingIds()).as(run.out()).isEqualTo(findings);
			assertThat(run.out()).contains(keyLine);
		}
	}

	@Test
	void theRequestIsNotSentAfterAFailedPreflight() {
		try (LocalServer local = LocalServer.answering(always(Reply.status(401)))) {
			DoctorRun run = doctor(local, List.of("--method", "DELETE"));
			assertThat(run.exitCode()).isEqualTo(1);
			assertThat(local.received()).extracting(Request::method).containsExactly("OPTIONS");
			assertThat(run.lines()).contains("REQUEST  DELETE " + local.url("/api/orders/7"));
		}
	}

	@Test
	void thePreflightCarriesWhatABrowserSendsAndNoCredentials() {
		try (LocalServer local = LocalServer.answering(preflightThen(goodPreflight(), allowed(200)))) {
			doctor(local, List.of("--method", "PUT", "--header", "Authorization: Bearer secret", "--credentials"));
			Request preflight = local.received().get(0);
			assertThat(preflight.header("Origin")).isEqualTo(APP);
			assertThat(preflight.header("Access-Control-Request-Method")).isEqualTo("PUT");
			assertThat(preflight.header("Access-Control-Request-Headers")).isEqualTo("authorization");
			assertThat(preflight.header("Authorization")).isNull();
		}
	}

	@Test
	void theRequestCarriesTheOriginAndThePageHeaders() {
		try (LocalServer local = LocalServer.answering(preflightThen(goodPreflight(), allowed(200)))) {
			doctor(local, List.of("--method", "PUT", "--header", "Authorization: Bearer secret"));
			Request request = local.received().get(1);
			assertThat(request.method()).isEqualTo("PUT");
			assertThat(request.header("Origin")).isEqualTo(APP);
			assertThat(request.header("Authorization")).isEqualTo("Bearer secret");
		}
	}

	@Test
	void theReportShowsTimingAllowOriginBesideTheCorsHeaders() {
		try (LocalServer local = LocalServer.answering(always(allowed(200).header("Timing-Allow-Origin", APP)
			.header("Server-Timing", "db;dur=53")))) {
			DoctorRun run = doctor(local, List.of());
			assertThat(run.exitCode()).as(run.out()).isZero();
			// the JDK's client gives header names in lower case
			assertThat(run.lines()).contains("  < timing-allow-origin: " + APP);
			assertThat(run.out().toLowerCase(Locale.ROOT)).doesNotContain("server-timing");
		}
	}

	@Test
	void valuesOfThePageHeadersAreNeverPrinted() {
		try (LocalServer local = LocalServer.answering(preflightThen(goodPreflight(), allowed(200)))) {
			DoctorRun run = doctor(local, List.of("--header", "Authorization: Bearer secret"));
			assertThat(run.out()).doesNotContain("secret").contains("  > Authorization: (not shown)");
		}
	}

	@Test
	void aCookieStandsForTheBrowsersCookiesAndIsSentOnlyWithCredentials() {
		try (LocalServer local = LocalServer.answering(always(allowed(200).header(ACAC, "true")))) {
			doctor(local, List.of("--header", "Cookie: session=1"));
			doctor(local, List.of("--header", "Cookie: session=2", "--credentials"));
			assertThat(local.received()).extracting((request) -> request.header("Cookie")).containsExactly(null, "session=2");
		}
	}

	@Test
	void withFollowRedirectsTheBrowsersRedirectIsFollowedWithOriginNullAfterAnotherOrigin() {
		try (LocalServer local = LocalServer.answering((request) -> "null".equals(request.header("Origin"))
				? Reply.status(200).header(ACAO, "null") : allowed(302).header("Location", "http://localhost:"
						+ request.header("Host").replaceAll(".*:", "") + "/api/v2/orders/7"))) {
			DoctorRun run = doctor(local, List.of("--follow-redirects"));
			assertThat(run.exitCode()).as(run.out()).isZero();
			assertThat(local.received()).extracting((request) -> request.header("Origin")).containsExactly(APP, "null");
			assertThat(run.lines()).contains("  verdict: allowed, the browser follows the redirect",
					"  followed to http://localhost:" + local.url("").replaceAll(".*:", "") + "/api/v2/orders/7",
					"  > Origin: null");
		}
	}

	@Test
	void aPrivateNetworkPreflightWithoutTheServersOptInIsNamed() {
		try (LocalServer local = LocalServer.answering(preflightThen(goodPreflight(), allowed(200)))) {
			DoctorRun run = doctor(local, List.of("--private-network", "local"));
			assertThat(run.exitCode()).isEqualTo(1);
			assertThat(local.received().get(0).header("Access-Control-Request-Private-Network")).isEqualTo("true");
			assertThat(run.findingIds()).containsExactly("private-network-not-allowed");
		}
	}

	@Test
	void everyRefusedHeaderIsNamedInTheEvidence() {
		try (LocalServer local = LocalServer.answering(preflightThen(goodPreflight(), allowed(200)))) {
			DoctorRun run = doctor(local, List.of("--header", "X-Debug: 1", "--header", "X-Trace: 1"));
			assertThat(run.findingIds()).containsExactly("header-not-allowed");
			assertThat(run.out()).contains("of which it refuses x-debug, x-trace");
		}
	}

	@Test
	void aCrossOriginRedirectWhoseTargetRefusesOriginNullIsNamed() {
		try (LocalServer local = LocalServer.answering((request) -> "null".equals(request.header("Origin"))
				? Reply.status(200) : allowed(307).header("Location", "http://localhost:"
						+ request.header("Host").replaceAll(".*:", "") + "/api/v2/orders/7"))) {
			DoctorRun run = doctor(local, List.of("--follow-redirects"));
			assertThat(run.exitCode()).isEqualTo(1);
			assertThat(run.findingIds()).containsExactly("origin-null-after-redirect");
			assertThat(run.out()).contains("the browser sent 'Origin: null' to http://localhost:");
		}
	}

	@Test
	void aRedirectToAUrlWithCredentialsIsRefusedByTheBrowser() {
		try (LocalServer local = LocalServer.answering(always(allowed(302).header("Location", "http://u:p@127.0.0.1/")))) {
			DoctorRun run = doctor(local, List.of("--follow-redirects"));
			assertThat(run.exitCode()).isEqualTo(1);
			assertThat(local.received()).hasSize(1);
			assertThat(run.findingIds()).containsExactly("redirect-refused");
			assertThat(run.out()).contains("contains a username and password");
		}
	}

	@Test
	void thePrivateNetworkPreflightIsExplained() {
		try (LocalServer local = LocalServer.answering(preflightThen(goodPreflight()
			.header("Access-Control-Allow-Private-Network", "true"), allowed(200)))) {
			DoctorRun run = doctor(local, List.of("--private-network", "local"));
			assertThat(run.exitCode()).as(run.out()).isZero();
			assertThat(run.lines()).contains("  a browser sends a preflight first: the page is public and the server in "
					+ "the local address space (Private Network Access)", "  > Access-Control-Request-Private-Network: true");
		}
	}

	@Test
	void theFixNamesCorsPolicyPropertiesOnlyWhenTheServerShowsItRunsCorsPolicy() {
		Reply ours = Reply.status(403).header("Vary", PREFLIGHT_VARY).body("CORS preflight rejected: origin_not_allowed\n");
		Reply foreign = Reply.status(403).header("Vary", PREFLIGHT_VARY).body("Invalid CORS request");
		for (Reply reply : List.of(ours, foreign)) {
			try (LocalServer local = LocalServer.answering(preflightThen(reply, allowed(200)))) {
				DoctorRun run = doctor(local, List.of("--method", "PUT"));
				assertThat(run.findingIds()).containsExactly("origin-not-allowed");
				if (reply == ours) {
					assertThat(run.out()).contains("With cors-policy: add the origin to cors.allowed-origins.");
				}
				else {
					assertThat(run.out()).doesNotContain("cors.allowed-origins", "With cors-policy");
				}
			}
		}
	}

	@Test
	void aHeaderThePageCannotSetIsDroppedAndSaidSo() {
		try (LocalServer local = LocalServer.answering(always(allowed(200)))) {
			DoctorRun run = doctor(local, List.of("--header", "Host: example.com"));
			assertThat(run.exitCode()).isZero();
			assertThat(run.lines()).contains("  the browser drops Host: a page cannot set it");
		}
	}

	@Test
	void aServerThatDoesNotRunIsAConnectionFailure() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		DoctorRun run = DoctorRun.of("http://127.0.0.1:" + port + "/api", "--origin", APP);
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.findingIds()).containsExactly("connection-failed");
		assertThat(run.out()).contains("< no response: connection refused");
	}

	private static DoctorRun doctor(LocalServer local, List<String> options) {
		List<String> args = new ArrayList<>(List.of(local.url("/api/orders/7"), "--origin", APP));
		args.addAll(options);
		return DoctorRun.of(args);
	}

	private static Function<Request, Reply> handler(Function<Request, Reply> handler) {
		return handler;
	}

	private static Function<Request, Reply> always(Reply reply) {
		return (request) -> reply;
	}

	private static Function<Request, Reply> preflightThen(Reply preflight, Reply request) {
		return (received) -> received.isPreflight() ? preflight : request;
	}

	private static Reply goodPreflight() {
		return Reply.status(204)
			.header(ACAO, APP)
			.header(ACAM, "GET, PUT")
			.header(ACAH, "authorization, x-request-id")
			.header("Vary", PREFLIGHT_VARY);
	}

	private static Reply allowed(int status) {
		return Reply.status(status).header(ACAO, APP).header("Vary", "Origin").body("{\"id\":7}");
	}

	/** Like Spring's CORS processor: a bare 403 for a preflight asking for a header the policy lacks. */
	private static Reply refusingXDebug(Request request) {
		String requested = String.valueOf(request.header("Access-Control-Request-Headers"));
		if (request.isPreflight() && requested.contains("x-debug")) {
			return Reply.status(403).header("Vary", PREFLIGHT_VARY).body("Invalid CORS request");
		}
		return request.isPreflight() ? goodPreflight() : allowed(200);
	}

	private static Reply refusingPut(Request request) {
		if (request.isPreflight() && "PUT".equals(request.header("Access-Control-Request-Method"))) {
			return Reply.status(403).header("Vary", PREFLIGHT_VARY);
		}
		return request.isPreflight() ? goodPreflight() : allowed(200);
	}

}
