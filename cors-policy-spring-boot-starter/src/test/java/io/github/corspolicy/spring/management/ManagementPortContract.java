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
package io.github.corspolicy.spring.management;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.live.RefreshOutcome;

import static io.github.corspolicy.spring.management.ManagementHttp.CREDENTIALS;
import static io.github.corspolicy.spring.management.ManagementHttp.corsHeaders;
import static io.github.corspolicy.spring.management.ManagementHttp.preflight;
import static io.github.corspolicy.spring.management.ManagementHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser sees from Actuator on its own port (with {@code management.server.base-path}),
 * whatever the web stack: the main port's mappings apply there as on the main port (the paths
 * relative to the base path), preflights are answered before Spring Security, error responses
 * carry the headers of an allowed origin and none of a refused one, Boot's own
 * {@code management.endpoints.web.cors.*} decides nothing, and the log, the meters and a refresh
 * cover both ports. Each stack's test class runs these against its own application, with the
 * {@code management} profile.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ManagementPortContract {

	static final String PROFILE = "management";

	static final String OPS = "https://ops.example.com";

	static final String APP = "https://app.example.com";

	static final String EVIL = "https://evil.example.com";

	/** Allowed by {@code management.endpoints.web.cors.allowed-origins} only. */
	static final String LEGACY = "https://legacy.example.com";

	static final String ONCALL = "https://oncall.example.com";

	private static final String OVERRIDES = "management-test-overrides";

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private ConfigurableEnvironment environment;

	@Autowired
	private LiveCorsRefresher refresher;

	@AfterEach
	void backToTheProperties() throws Exception {
		if (this.environment.getPropertySources().remove(OVERRIDES) != null) {
			this.refresher.refreshAll(Duration.ofSeconds(30));
		}
	}

	@Test
	void theManagementServerRunsOnAPortOfItsOwn() {
		assertThat(this.managementPort).isPositive().isNotEqualTo(this.port);
	}

	@Test
	void aPreflightToAProtectedEndpointIsAnsweredBeforeAuthentication() throws Exception {
		var response = preflight(this.managementPort, "/manage/actuator/health", OPS);
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(corsHeaders(response)).containsEntry("access-control-allow-origin", List.of(OPS))
			.containsEntry("access-control-allow-credentials", List.of("true"))
			.containsEntry("access-control-allow-methods", List.of("GET, POST"));
		assertThat(response.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Origin"));
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	static Stream<Arguments> refusedPreflights() {
		return Stream.of(Arguments.argumentSet("the app's origin, which the actuator mapping does not list", APP),
				Arguments.argumentSet("an origin no mapping lists", EVIL),
				Arguments.argumentSet("an origin that only management.endpoints.web.cors allows", LEGACY));
	}

	@ParameterizedTest
	@MethodSource("refusedPreflights")
	void aPreflightFromARefusedOriginIsRejectedWithoutHeaders(String origin) throws Exception {
		var response = preflight(this.managementPort, "/manage/actuator/health", origin);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(corsHeaders(response)).isEmpty();
		assertThat(response.body()).contains("CORS preflight rejected: origin_not_allowed");
	}

	static Stream<Arguments> errorResponses() {
		return Stream.of(Arguments.argumentSet("401 without credentials", "/manage/actuator/health", null, 401),
				Arguments.argumentSet("403 for a user who is no admin", "/manage/actuator/info", CREDENTIALS, 403),
				Arguments.argumentSet("404 for no endpoint", "/manage/actuator/nothing-here", CREDENTIALS, 404),
				Arguments.argumentSet("500 from a failing endpoint", "/manage/actuator/boom", CREDENTIALS, 500));
	}

	@ParameterizedTest
	@MethodSource("errorResponses")
	void anErrorResponseCarriesTheHeadersOfAnAllowedOriginOnce(String path, String authorization, int status)
			throws Exception {
		var response = (authorization != null)
				? send(this.managementPort, "GET", path, "Origin", OPS, "Authorization", authorization)
				: send(this.managementPort, "GET", path, "Origin", OPS);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(corsHeaders(response)).containsOnly(Map.entry("access-control-allow-origin", List.of(OPS)),
				Map.entry("access-control-allow-credentials", List.of("true")));
		assertThat(response.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Origin"));
	}

	@ParameterizedTest
	@MethodSource("errorResponses")
	void anErrorResponseCarriesNoHeaderForARefusedOrigin(String path, String authorization, int status)
			throws Exception {
		for (String origin : List.of(APP, EVIL, LEGACY)) {
			var response = (authorization != null)
					? send(this.managementPort, "GET", path, "Origin", origin, "Authorization", authorization)
					: send(this.managementPort, "GET", path, "Origin", origin);
			assertThat(response.statusCode()).as(origin).isGreaterThanOrEqualTo(400);
			assertThat(corsHeaders(response)).as(origin).isEmpty();
		}
	}

	@Test
	void aSuccessfulResponseCarriesEachHeaderOnce() throws Exception {
		var response = send(this.managementPort, "GET", "/manage/actuator/health", "Origin", OPS, "Authorization",
				CREDENTIALS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(corsHeaders(response)).containsOnly(Map.entry("access-control-allow-origin", List.of(OPS)),
				Map.entry("access-control-allow-credentials", List.of("true")));
	}

	@Test
	void aPathResolvesItsMappingAsOnTheMainPort() throws Exception {
		assertThat(preflight(this.port, "/actuator/health", OPS).statusCode()).as("main port, actuator mapping")
			.isEqualTo(204);
		assertThat(preflight(this.port, "/actuator/health", APP).statusCode()).isEqualTo(403);
		assertThat(preflight(this.port, "/api/items", APP).statusCode()).as("main port, top level").isEqualTo(204);
		assertThat(preflight(this.managementPort, "/manage/other", APP).statusCode())
			.as("management port, outside /actuator/**: the top level").isEqualTo(204);
		assertThat(preflight(this.managementPort, "/manage/other", OPS).statusCode()).isEqualTo(403);
	}

	@Test
	void aRejectedPreflightOnTheManagementPortIsLoggedWithItsMapping(CapturedOutput output) throws Exception {
		preflight(this.managementPort, "/manage/actuator/health", EVIL);
		assertThat(output.getOut()).contains("CORS preflight rejected with 403 for OPTIONS '/manage/actuator/health' "
				+ "(mapping 'actuator', origin_not_allowed)");
	}

	@Test
	void decisionsOnTheManagementPortAreCountedUnderTheirMapping() throws Exception {
		double allowed = count("preflight", "allowed", "none", "actuator");
		double rejected = count("preflight", "rejected", "origin_not_allowed", "actuator");
		preflight(this.managementPort, "/manage/actuator/health", OPS);
		preflight(this.managementPort, "/manage/actuator/health", EVIL);
		assertThat(count("preflight", "allowed", "none", "actuator")).isEqualTo(allowed + 1);
		assertThat(count("preflight", "rejected", "origin_not_allowed", "actuator")).isEqualTo(rejected + 1);
	}

	@Test
	void aRefreshAppliesOnBothPorts() throws Exception {
		assertThat(preflight(this.managementPort, "/manage/actuator/health", ONCALL).statusCode()).isEqualTo(403);
		// a list binds from one property source: the override repeats the whole mapping
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource(OVERRIDES, Map.of("cors.mappings[0].name", "actuator",
					"cors.mappings[0].path-patterns", "/actuator/**", "cors.mappings[0].allowed-origins",
					OPS + "," + ONCALL)));
		RefreshOutcome outcome = this.refresher.refreshAll(Duration.ofSeconds(30));
		assertThat(outcome.outcome()).as(outcome.problems().toString()).isEqualTo(RefreshOutcome.Outcome.APPLIED);
		var management = preflight(this.managementPort, "/manage/actuator/health", ONCALL);
		assertThat(management.statusCode()).isEqualTo(204);
		assertThat(corsHeaders(management)).containsEntry("access-control-allow-origin", List.of(ONCALL));
		assertThat(preflight(this.port, "/actuator/health", ONCALL).statusCode()).isEqualTo(204);
	}

	private double count(String kind, String outcome, String reason, String mapping) {
		return this.registry.get("cors.requests")
			.tags("kind", kind, "outcome", outcome, "reason", reason, "mapping", mapping)
			.counter()
			.count();
	}

}
