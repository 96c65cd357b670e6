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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.corspolicy.doctor.LocalServer.Reply;
import io.github.corspolicy.doctor.LocalServer.Request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * A gateway in front of a service, both real servers on loopback: the doctor calls the gateway, and
 * with {@code --upstream} asks the service behind it directly, to tell which layer sent which value.
 */
class CorsDoctorGatewayTests {

	private static final String APP = "https://app.example.com";

	private static final String ACAO = "Access-Control-Allow-Origin";

	private static final String ACAC = "Access-Control-Allow-Credentials";

	private static final String PATH = "/api/orders/7";

	/** Stands for the upstream's URL of the called path in the expected lines. */
	private static final String UPSTREAM = "{upstream}";

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	static Stream<Arguments> duplicates() {
		return Stream.of(
				argumentSet("the upstream sends '*', the gateway adds the origin",
						always(Reply.status(200).header(ACAO, "*")), FakeGateway.adding(ACAO, APP), List.of("--upstream"), 1,
						List.of("multiple-allow-origin"),
						List.of("Access-Control-Allow-Origin is sent 2 times: '*' and 'https://app.example.com'",
								"the upstream " + UPSTREAM + " sends 'Access-Control-Allow-Origin: *'",
								"the gateway adds 'https://app.example.com'", "Own CORS in one place: at the gateway",
								"or in the services")),
				argumentSet("the same without --upstream: both values and the likely layering",
						always(Reply.status(200).header(ACAO, "*")), FakeGateway.adding(ACAO, APP), List.of(), 1,
						List.of("multiple-allow-origin"),
						List.of("Access-Control-Allow-Origin is sent 2 times: '*' and 'https://app.example.com'",
								"most likely a gateway or proxy in front and the service behind it",
								"no header names a gateway or proxy", "run again with --upstream")),
				argumentSet("equal values on two lines, one from each layer",
						always(allowed(200)), FakeGateway.adding(ACAO, APP), List.of("--upstream"), 1,
						List.of("multiple-allow-origin"),
						List.of("Access-Control-Allow-Origin is sent 2 times: 'https://app.example.com' and "
								+ "'https://app.example.com'", "the values are equal, but a browser accepts exactly one",
								"the upstream " + UPSTREAM + " sends 'Access-Control-Allow-Origin: https://app.example.com'",
								"the gateway adds 'https://app.example.com'")),
				argumentSet("equal values folded into one comma-separated line",
						always(Reply.status(200).header(ACAO, APP + ", " + APP).header("Vary", "Origin")), UnaryOperator.identity(),
						List.of(), 1, List.of("multiple-allow-origin"),
						List.of("Access-Control-Allow-Origin is one line with 2 comma-separated values: "
								+ "'https://app.example.com, https://app.example.com'", "the values are equal")),
				argumentSet("the upstream sends none: both come from the gateway",
						always(Reply.status(200).header("Vary", "Origin")), FakeGateway.adding(ACAO, APP, ACAO, APP),
						List.of("--upstream"), 1, List.of("multiple-allow-origin"),
						List.of("the upstream " + UPSTREAM + " sends no Access-Control-Allow-Origin",
								"both values come from the gateway or a layer in front of it")),
				argumentSet("the upstream sends both: two CORS handlers in the service",
						always(allowed(200).header(ACAO, "*")), UnaryOperator.identity(), List.of("--upstream"), 1,
						List.of("multiple-allow-origin"),
						List.of("the upstream " + UPSTREAM + " sends both values itself")),
				argumentSet("a proxy that says so in Via",
						always(Reply.status(200).header(ACAO, "*")), FakeGateway.adding(ACAO, APP, "Via", "1.1 edge-proxy"),
						List.of(), 1, List.of("multiple-allow-origin"),
						List.of("the response passed through via: 1.1 edge-proxy (a proxy or gateway, RFC 9110 section 7.6.3)")),
				argumentSet("Access-Control-Allow-Credentials from both layers on a credentialed call",
						always(allowed(200).header(ACAC, "true")), FakeGateway.adding(ACAC, "true"),
						List.of("--upstream", "--credentials"), 1, List.of("multiple-allow-credentials"),
						List.of("Access-Control-Allow-Credentials is sent 2 times: 'true' and 'true'",
								"a browser reads 'true, true', which is not 'true'",
								"the upstream " + UPSTREAM + " sends 'Access-Control-Allow-Credentials: true'",
								"the gateway adds 'true'")),
				argumentSet("Access-Control-Allow-Credentials from both layers on a call without credentials",
						always(allowed(200).header(ACAC, "true")), FakeGateway.adding(ACAC, "true"), List.of(), 0,
						List.of("duplicate-cors-header"),
						List.of("this call has no credentials, so the browser ignores it, but a call with credentials fails",
								"RESULT  the call works in a browser, with 1 warning (exit 0)")),
				argumentSet("Access-Control-Max-Age from both layers on a preflight",
						preflightThen(goodPreflight().header("Access-Control-Max-Age", "3600"), allowed(200)),
						FakeGateway.adding("Access-Control-Max-Age", "600"), List.of("--method", "PUT", "--upstream"), 0,
						List.of("duplicate-cors-header"),
						List.of("Access-Control-Max-Age is sent 2 times: '3600' and '600'",
								"a browser reads '3600, 600', which is not a number, and caches the preflight for 5 s only",
								"the upstream " + UPSTREAM + " sends 'Access-Control-Max-Age: 3600'", "the gateway adds '600'")),
				argumentSet("list headers repeated by both layers are not duplicates",
						preflightThen(goodPreflight(), allowed(200).header("Access-Control-Expose-Headers", "ETag")),
						FakeGateway.adding("Access-Control-Allow-Methods", "PUT", "Access-Control-Allow-Headers", "x-request-id",
								"Access-Control-Expose-Headers", "X-Request-ID", "Vary", "Origin"),
						List.of("--method", "PUT", "--header", "X-Request-ID: 7", "--upstream"), 0, List.of(),
						List.of("  no problems found")));
	}

	@ParameterizedTest
	@MethodSource("duplicates")
	void aDuplicatedCorsHeaderIsNamedWithBothValuesAndTheLayerThatSentEach(Function<Request, Reply> service,
			UnaryOperator<Reply> gatewayFilter, List<String> options, int exitCode, List<String> findings,
			List<String> keyLines) {
		try (LocalServer upstream = LocalServer.answering(service);
				LocalServer gateway = LocalServer.answering(FakeGateway.routingTo(upstream.url(""), TIMEOUT, gatewayFilter))) {
			DoctorRun run = doctor(gateway, upstream.url(""), options);
			assertThat(run.exitCode()).as(run.out()).isEqualTo(exitCode);
			assertThat(run.findingIds()).as(run.out()).isEqualTo(findings);
			keyLines.forEach((line) -> assertThat(run.out()).contains(line.replace(UPSTREAM, upstream.url(PATH))));
		}
	}

	/** What is behind the gateway when it answers 5xx. */
	enum Behind {

		/** A service that ran and stopped: nothing listens on its port, the gateway gets a refused connection. */
		STOPPED,

		/** A service slower than the gateway's timeout. */
		SLOW,

		/** No instance at all: the gateway's load balancer finds none. */
		NO_INSTANCE

	}

	static Stream<Arguments> gatewayErrors() {
		return Stream.of(
				argumentSet("an upstream that is stopped: 502", Behind.STOPPED, List.of(),
						"answered 502 without any CORS header", "the service behind it refuses the connection"),
				argumentSet("an upstream too slow for the gateway's timeout: 504", Behind.SLOW, List.of(),
						"answered 504 without any CORS header", "the service behind it does not answer in time"),
				argumentSet("a route that finds no instance of the service: 503", Behind.NO_INSTANCE, List.of(),
						"answered 503 without any CORS header", "no instance of the service behind it is available"),
				argumentSet("a preflight routed to a stopped upstream: 502 on the preflight", Behind.STOPPED,
						List.of("--method", "PUT"), "  ERROR  upstream-unavailable (preflight)",
						"the service behind it refuses the connection"),
				argumentSet("a stopped upstream, asked directly with --upstream", Behind.STOPPED, List.of("--upstream"),
						"asked directly, the upstream " + UPSTREAM + " gives no response: connection refused",
						"Make the gateway add CORS headers to its own error responses"));
	}

	@ParameterizedTest
	@MethodSource("gatewayErrors")
	void anEdge5xxWithoutCorsHeadersIsAnUnavailableUpstream(Behind behind, List<String> options, String keyLine,
			String cause) {
		try (LocalServer slow = LocalServer.answering(CorsDoctorGatewayTests::slowly)) {
			String upstream = (behind == Behind.SLOW) ? slow.url("") : stopped();
			try (LocalServer gateway = LocalServer.answering(gateway(behind, upstream, UnaryOperator.identity()))) {
				DoctorRun run = doctor(gateway, upstream, options);
				assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
				assertThat(run.findingIds()).as(run.out()).containsExactly("upstream-unavailable");
				assertThat(run.out()).contains(keyLine.replace(UPSTREAM, upstream + PATH)).contains(cause);
			}
		}
	}

	@Test
	void aGatewayErrorWithCorsHeadersIsReadableAndNoFinding() {
		UnaryOperator<Reply> cors = FakeGateway.adding(ACAO, APP, "Vary", "Origin");
		try (LocalServer gateway = LocalServer.answering(gateway(Behind.STOPPED, stopped(), cors))) {
			DoctorRun run = doctor(gateway, List.of());
			assertThat(run.exitCode()).as(run.out()).isZero();
			assertThat(run.findingIds()).isEmpty();
			assertThat(run.lines()).contains("  < status 502", "  verdict: allowed, the page can read the response");
		}
	}

	@Test
	void the5xxOfAnApplicationWithoutAGatewayKeepsItsFindings() {
		try (LocalServer application = LocalServer.answering(always(Reply.status(500).body("boom")))) {
			DoctorRun run = doctor(application, List.of());
			assertThat(run.findingIds()).as(run.out()).containsExactly("origin-not-allowed");
		}
	}

	@Test
	void theUpstreamIsAskedOnlyWhenThereIsSomethingToAttribute() {
		Reply preflight = goodPreflight().header("Access-Control-Allow-Methods", "DELETE");
		try (LocalServer service = LocalServer.answering(preflightThen(preflight, allowed(200)));
				LocalServer gateway = LocalServer.answering(FakeGateway.routingTo(service.url(""), TIMEOUT, UnaryOperator.identity()));
				LocalServer bystander = LocalServer.answering(always(allowed(200)))) {
			DoctorRun run = doctor(gateway, bystander.url(""), List.of("--upstream", "--method", "DELETE"));
			assertThat(run.exitCode()).as(run.out()).isZero();
			assertThat(bystander.received()).isEmpty();
			assertThat(run.lines()).contains("  upstream: " + bystander.url(""));
		}
	}

	@Test
	void theUpstreamGetsTheSameMethodPathAndHeadersAsTheGateway() {
		try (LocalServer service = LocalServer.answering(always(Reply.status(200).header(ACAO, "*")));
				LocalServer gateway = LocalServer.answering(FakeGateway.routingTo(service.url(""), TIMEOUT,
						FakeGateway.adding(ACAO, APP)))) {
			doctor(gateway, service.url(""), List.of("--upstream", "--header", "Accept-Language: de", "--header",
					"Cookie: session=1", "--credentials"));
			List<Request> received = service.received();
			assertThat(received).extracting(Request::method).containsExactly("GET", "GET");
			Request direct = received.get(1);
			assertThat(direct.path()).isEqualTo(PATH);
			assertThat(direct.header("Origin")).isEqualTo(APP);
			assertThat(direct.header("Accept-Language")).isEqualTo("de");
			assertThat(direct.header("Cookie")).isEqualTo("session=1");
		}
	}

	@Test
	void anUpstreamUrlWithAPathIsCalledAsItIsForAGatewayThatRewritesPaths() {
		try (LocalServer service = LocalServer.answering(always(Reply.status(200).header(ACAO, "*")));
				LocalServer gateway = LocalServer.answering(FakeGateway.routingTo(service.url(""), TIMEOUT,
						FakeGateway.adding(ACAO, APP)))) {
			DoctorRun run = DoctorRun.of(gateway.url(PATH), "--origin", APP, "--upstream", service.url("/orders/7?v=1"));
			assertThat(service.received()).extracting(Request::path).containsExactly(PATH, "/orders/7?v=1");
			assertThat(run.out()).contains("the upstream " + service.url("/orders/7?v=1") + " sends");
		}
	}

	@Test
	void theJsonReportNamesTheUpstreamAndTheAttributedValues() {
		try (LocalServer service = LocalServer.answering(always(Reply.status(200).header(ACAO, "*")));
				LocalServer gateway = LocalServer.answering(FakeGateway.routingTo(service.url(""), TIMEOUT,
						FakeGateway.adding(ACAO, APP)))) {
			DoctorRun run = doctor(gateway, service.url(""), List.of("--upstream", "--json"));
			JsonNode json = JsonMapper.builder().build().readTree(run.out());
			assertThat(json.get("upstream").asString()).isEqualTo(service.url(""));
			JsonNode finding = json.get("findings").get(0);
			assertThat(finding.get("id").asString()).isEqualTo("multiple-allow-origin");
			assertThat(finding.get("severity").asString()).isEqualTo("error");
			assertThat(finding.get("evidence").asString()).contains("the upstream " + service.url(PATH)
					+ " sends 'Access-Control-Allow-Origin: *'", "the gateway adds 'https://app.example.com'");
			assertThat(finding.get("fix").asString()).startsWith("Own CORS in one place");
		}
	}

	@Test
	void theJsonReportOfAnEdge5xxCarriesTheNewFinding() {
		try (LocalServer gateway = LocalServer.answering(gateway(Behind.STOPPED, stopped(), UnaryOperator.identity()))) {
			JsonNode json = JsonMapper.builder().build().readTree(doctor(gateway, List.of("--json")).out());
			assertThat(json.get("upstream").isNull()).isTrue();
			assertThat(json.get("steps").get(0).get("status").asInt()).isEqualTo(502);
			JsonNode finding = json.get("findings").get(0);
			assertThat(finding.get("id").asString()).isEqualTo("upstream-unavailable");
			assertThat(finding.get("step").asString()).isEqualTo("request");
			assertThat(finding.get("fix").asString()).contains("with cors-policy on the gateway this is automatic");
		}
	}

	/** The URL of a server that ran and stopped: nothing listens on its port. */
	private static String stopped() {
		try (LocalServer gone = LocalServer.answering(always(Reply.status(200)))) {
			return gone.url("");
		}
	}

	private static Function<Request, Reply> gateway(Behind behind, String upstream, UnaryOperator<Reply> filter) {
		return (behind == Behind.NO_INSTANCE) ? FakeGateway.withoutInstances(filter)
				: FakeGateway.routingTo(upstream, Duration.ofMillis(300), filter);
	}

	private static Reply slowly(Request request) {
		try {
			Thread.sleep(1500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return allowed(200);
	}

	private static DoctorRun doctor(LocalServer gateway, List<String> options) {
		return doctor(gateway, "", options);
	}

	/** The doctor on the gateway's path; {@code --upstream} in the options takes the upstream's URL. */
	private static DoctorRun doctor(LocalServer gateway, String upstream, List<String> options) {
		List<String> args = new ArrayList<>(List.of(gateway.url(PATH), "--origin", APP));
		for (String option : options) {
			args.add(option);
			if (option.equals("--upstream")) {
				args.add(upstream);
			}
		}
		return DoctorRun.of(args);
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
			.header("Access-Control-Allow-Methods", "GET, PUT")
			.header("Access-Control-Allow-Headers", "authorization")
			.header("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
	}

	private static Reply allowed(int status) {
		return Reply.status(status).header(ACAO, APP).header("Vary", "Origin").body("{\"id\":7}");
	}

}
