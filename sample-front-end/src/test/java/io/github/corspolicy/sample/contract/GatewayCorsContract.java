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
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.corspolicy.test.CorsCheck;
import io.github.corspolicy.test.CorsOutcome;

import static io.github.corspolicy.sample.contract.SampleContract.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * CORS at a gateway, over real HTTP: one answer per request, the policy's, whatever the service
 * behind the gateway does. A gateway (Gateway Server WebFlux or MVC) runs it with a subclass that
 * starts the gateway on a random port, in front of a {@link TestUpstream}, configured so:
 * <ul>
 * <li>the {@code cors.*} settings of the samples' {@code application.yml} (the dev origins with
 * credentials, {@code Authorization, Content-Type, X-Request-ID}, exposing
 * {@code ETag, X-Request-ID}, max age 1h), and nothing else CORS-related;</li>
 * <li>{@code /api/**} and {@code /dashboard/**} routed to {@link TestUpstream#uri()}, no route for
 * {@code OPTIONS} in particular, and nothing routed for {@link #UNROUTED};</li>
 * <li>every routed path needs {@link SampleContract#BEARER} at the gateway: 401 without it;</li>
 * <li>a response timeout of {@link #RESPONSE_TIMEOUT} towards the upstream;</li>
 * <li>{@link #rateLimitedPath()} rate-limited at the gateway: 429 at the latest on the
 * {@link #RATE_LIMIT_ATTEMPTS}th request of a run.</li>
 * </ul>
 * A request without {@code Origin} is not a CORS request, yet the gateway owns CORS: it answers no
 * {@code Access-Control-*} header of the upstream's (they are removed), and {@code Vary} lists
 * {@code Origin}, so that no cache hands such a response to a cross-origin page.
 */
public abstract class GatewayCorsContract {

	/** The gateway's response timeout towards the upstream: well under {@link TestUpstream#SLOW_RESPONSE}. */
	public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(2);

	/** A path that no gateway route matches. */
	public static final String UNROUTED = "/not-routed/anything";

	/** The routed path that a gateway rate-limits unless {@link #rateLimitedPath()} says otherwise. */
	public static final String RATE_LIMITED = "/api/upstream/rate-limited";

	/** How many requests {@link #rateLimitedPath()} may take before the gateway answers 429. */
	public static final int RATE_LIMIT_ATTEMPTS = 10;

	/** The page's origin: a dev origin of the policy. */
	protected static final String FRONT_END = SampleContract.DEV_ORIGINS.get(0);

	private static final String EXPOSED = "ETag, X-Request-ID";

	private static volatile int warmedUpPort;

	private SampleHttp gateway;

	/** The port the gateway listens on. */
	protected abstract int gatewayPort();

	/** The upstream the gateway routes to, running. */
	protected abstract TestUpstream upstream();

	/** The routed path that the gateway rate-limits. */
	protected String rateLimitedPath() {
		return RATE_LIMITED;
	}

	/**
	 * One routed request before the first test, whatever it answers: on a loaded machine the first
	 * proxied request of a JVM (class loading, a new connection pool) can outlast the response timeout.
	 */
	@BeforeEach
	void client() throws Exception {
		this.gateway = new SampleHttp(gatewayPort());
		if (warmedUpPort != gatewayPort()) {
			warmedUpPort = gatewayPort();
			this.gateway.get(TestUpstream.OK, "Origin", FRONT_END, "Authorization", BEARER);
		}
	}

	static Stream<Arguments> preflights() {
		return Stream.of(argumentSet("a GET with the token to a routed /api path", TestUpstream.OK, "GET", "authorization"),
				argumentSet("a JSON PUT to a routed /dashboard path", TestUpstream.DASHBOARD, "PUT",
						"authorization,content-type"),
				argumentSet("a GET to the route whose upstream sends its own CORS headers", TestUpstream.CONFLICTING,
						"GET", "authorization,x-request-id"),
				argumentSet("a DELETE to an unrouted path", UNROUTED, "DELETE", "authorization"));
	}

	@ParameterizedTest
	@MethodSource("preflights")
	void preflightIsAnsweredByTheGatewayWithoutATokenAndNeverReachesTheUpstream(String path, String method,
			String requestHeaders) throws Exception {
		int before = upstream().requests("OPTIONS");
		HttpResponse<String> response = preflight(FRONT_END, path, method, requestHeaders);
		assertThat(response.statusCode()).as("status").isBetween(200, 299);
		assertThat(single(response, "Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
		assertThat(single(response, "Access-Control-Allow-Credentials")).isEqualTo("true");
		assertThat(elements(response.headers(), "Access-Control-Allow-Methods")).contains(method.toLowerCase(Locale.ROOT));
		assertThat(elements(response.headers(), "Access-Control-Allow-Headers"))
			.containsAll(List.of(requestHeaders.split(",")));
		assertThat(single(response, "Access-Control-Max-Age")).isEqualTo("3600");
		assertThat(response.headers().firstValue(TestUpstream.MARKER)).isEmpty();
		assertThat(upstream().requests("OPTIONS")).as("OPTIONS requests that reached the upstream").isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { TestUpstream.OK, UNROUTED })
	void preflightFromAnotherSiteIsRefusedByTheGatewayWithoutCorsHeaders(String path) throws Exception {
		int before = upstream().requests("OPTIONS");
		HttpResponse<String> response = preflight("https://evil.example.com", path, "GET", "authorization");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(corsHeaders(response.headers())).isEmpty();
		assertThat(upstream().requests("OPTIONS")).isEqualTo(before);
	}

	@Test
	void conflictingUpstreamCorsHeadersAreReplacedByOneValueEachFromThePolicy() throws Exception {
		HttpResponse<String> response = this.gateway.get(TestUpstream.CONFLICTING, "Origin", FRONT_END,
				"Authorization", BEARER);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue(TestUpstream.MARKER)).as("answered by the upstream").hasValue("200");
		assertThat(corsHeaders(response.headers())).as("every Access-Control-* line")
			.isEqualTo(Map.of("access-control-allow-origin", List.of(FRONT_END), "access-control-allow-credentials",
					List.of("true"), "access-control-expose-headers", List.of(EXPOSED)));
	}

	@Test
	void upstreamVaryValuesAreKeptAndOriginIsListedOnce() throws Exception {
		HttpResponse<String> response = this.gateway.get(TestUpstream.CONFLICTING, "Origin", FRONT_END,
				"Authorization", BEARER);
		List<String> vary = elements(response.headers(), "Vary");
		assertThat(vary).as("Vary, across its lines").contains("origin", "accept-encoding").doesNotHaveDuplicates();
	}

	@Test
	void browserReadsTheResponseOfAnUpstreamThatSendsItsOwnCorsHeaders() {
		CorsOutcome outcome = page().get(TestUpstream.CONFLICTING).header("Authorization", BEARER).run();
		assertThat(outcome).isAllowed().wasPreflighted().hasStatus(200);
	}

	@Test
	void browserReadsACredentialedJsonWriteThroughTheGateway() {
		CorsOutcome outcome = page().put(TestUpstream.DASHBOARD)
			.header("Authorization", BEARER)
			.header("Content-Type", "application/json")
			.header("X-Request-ID", "gw-put-1")
			.body(SampleContract.PROFILE_JSON)
			.run();
		assertThat(outcome).isAllowed().wasPreflighted().hasStatus(200);
	}

	@ParameterizedTest
	@ValueSource(ints = { 401, 403, 404, 500 })
	void upstreamErrorStatusReachesThePageWithCorsHeaders(int status) throws Exception {
		HttpResponse<String> response = this.gateway.get(TestUpstream.status(status), "Origin", FRONT_END,
				"Authorization", BEARER);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue(TestUpstream.MARKER)).hasValue(Integer.toString(status));
		assertAllowedWithCredentials(response);
	}

	@Test
	void gatewaysOwn401WithoutTheTokenCarriesCorsHeaders() throws Exception {
		HttpResponse<String> response = this.gateway.get(TestUpstream.OK, "Origin", FRONT_END);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue(TestUpstream.MARKER)).as("answered by the gateway").isEmpty();
		assertAllowedWithCredentials(response);
	}

	@Test
	void stoppedUpstreamAnswers502Or503WithCorsHeaders() throws Exception {
		upstream().stop();
		try {
			HttpResponse<String> response = this.gateway.get(TestUpstream.OK, "Origin", FRONT_END, "Authorization",
					BEARER);
			assertThat(response.statusCode()).isIn(502, 503);
			assertAllowedWithCredentials(response);
			assertThat(page().get(TestUpstream.OK).header("Authorization", BEARER).run()).isAllowed();
		}
		finally {
			upstream().restart();
		}
	}

	@Test
	void slowUpstreamAnswers504WithCorsHeadersBeforeTheUpstreamAnswers() throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = this.gateway.get(TestUpstream.SLOW, "Origin", FRONT_END, "Authorization",
				BEARER);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(response.statusCode()).isEqualTo(504);
		assertThat(took).isLessThan(TestUpstream.SLOW_RESPONSE);
		assertAllowedWithCredentials(response);
	}

	@Test
	void rateLimitedRequestAnswers429WithCorsHeaders() throws Exception {
		HttpResponse<String> response = null;
		for (int i = 0; i < RATE_LIMIT_ATTEMPTS && (response == null || response.statusCode() != 429); i++) {
			response = this.gateway.get(rateLimitedPath(), "Origin", FRONT_END, "Authorization", BEARER);
		}
		assertThat(response).isNotNull();
		assertThat(response.statusCode()).as("status after %d requests", RATE_LIMIT_ATTEMPTS).isEqualTo(429);
		assertThat(response.headers().firstValue(TestUpstream.MARKER)).as("answered by the gateway").isEmpty();
		assertAllowedWithCredentials(response);
	}

	static Stream<Arguments> refusedOrigins() {
		return Stream.of(argumentSet("another site", "https://evil.example.com"),
				argumentSet("the origin the upstream allows", TestUpstream.OTHER_ORIGIN));
	}

	@ParameterizedTest
	@MethodSource("refusedOrigins")
	void refusedOriginGetsNoCorsHeaderEvenFromAnUpstreamThatSendsAStar(String origin) throws Exception {
		for (String path : List.of(TestUpstream.OK, TestUpstream.CONFLICTING)) {
			HttpResponse<String> response = this.gateway.get(path, "Origin", origin, "Authorization", BEARER);
			assertThat(corsHeaders(response.headers())).as(path).isEmpty();
		}
		assertThat(CorsCheck.against(gatewayUri()).from(origin).get(TestUpstream.CONFLICTING).run()).isBlocked();
	}

	@Test
	void requestWithoutOriginPassesTheUpstreamResponseWithoutItsCorsHeaders() throws Exception {
		HttpResponse<String> response = this.gateway.get(TestUpstream.CONFLICTING, "Authorization", BEARER);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"upstream\":\"ok\"");
		assertThat(response.headers().firstValue(TestUpstream.SECRET_HEADER)).hasValue("s3cr3t");
		assertThat(corsHeaders(response.headers())).isEmpty();
		assertThat(elements(response.headers(), "Vary")).contains("origin", "accept-encoding").doesNotHaveDuplicates();
	}

	private static void assertAllowedWithCredentials(HttpResponse<String> response) {
		assertThat(single(response, "Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
		assertThat(single(response, "Access-Control-Allow-Credentials")).isEqualTo("true");
		assertThat(elements(response.headers(), "Vary")).contains("origin").doesNotHaveDuplicates();
	}

	private HttpResponse<String> preflight(String origin, String path, String method, String requestHeaders)
			throws Exception {
		return this.gateway.send("OPTIONS", path, null, "Origin", origin, "Access-Control-Request-Method", method,
				"Access-Control-Request-Headers", requestHeaders);
	}

	/** The only line of {@code name}, asserted to be one. */
	private static String single(HttpResponse<String> response, String name) {
		List<String> lines = response.headers().allValues(name);
		assertThat(lines).as("%s lines", name).hasSize(1);
		return lines.get(0);
	}

	/** The {@code Access-Control-*} lines, by lower-case name. */
	protected static Map<String, List<String>> corsHeaders(HttpHeaders headers) {
		Map<String, List<String>> cors = new TreeMap<>();
		headers.map().forEach((name, values) -> {
			if (name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
				cors.put(name.toLowerCase(Locale.ROOT), values);
			}
		});
		return cors;
	}

	/** The lower-case elements of every line of a comma-separated header, in order. */
	protected static List<String> elements(HttpHeaders headers, String name) {
		return headers.allValues(name)
			.stream()
			.flatMap((line) -> Stream.of(line.split(",")))
			.map((element) -> element.trim().toLowerCase(Locale.ROOT))
			.filter((element) -> !element.isEmpty())
			.toList();
	}

	private CorsCheck page() {
		return CorsCheck.against(gatewayUri()).from(FRONT_END).withCredentials();
	}

	private URI gatewayUri() {
		return URI.create("http://localhost:" + gatewayPort());
	}

}
