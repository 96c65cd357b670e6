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

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.corspolicy.spring.management.ManagementHttp.CREDENTIALS;
import static io.github.corspolicy.spring.management.ManagementHttp.corsHeaders;
import static io.github.corspolicy.spring.management.ManagementHttp.preflight;
import static io.github.corspolicy.spring.management.ManagementHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cors.management.mapping=ops}: every request on the management port is decided by the
 * mapping named {@code ops} (which has no path patterns, so it decides nothing on the main port),
 * and the main port keeps the top-level policy. Each stack's test class runs these against its
 * own application, with the {@code management-mapping} profile.
 */
abstract class ManagementMappingContract {

	static final String PROFILE = "management-mapping";

	static final String OPS = "https://ops.example.com";

	static final String APP = "https://app.example.com";

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private MeterRegistry registry;

	@Test
	void theManagementPortAllowsTheOriginOfItsMappingOnly() throws Exception {
		var allowed = preflight(this.managementPort, "/actuator/health", OPS);
		assertThat(allowed.statusCode()).isEqualTo(204);
		assertThat(corsHeaders(allowed)).containsEntry("access-control-allow-origin", List.of(OPS));
		var refused = preflight(this.managementPort, "/actuator/health", APP);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(corsHeaders(refused)).isEmpty();
	}

	@Test
	void everyPathOfTheManagementPortHasItsMapping() throws Exception {
		assertThat(preflight(this.managementPort, "/anything/else", OPS).statusCode()).isEqualTo(204);
		assertThat(preflight(this.managementPort, "/", OPS).statusCode()).isEqualTo(204);
		assertThat(preflight(this.managementPort, "/a/%2e%2e/b", OPS).statusCode()).as("a path that is not normalised")
			.isEqualTo(204);
		assertThat(preflight(this.managementPort, "/anything/else", APP).statusCode()).isEqualTo(403);
	}

	@Test
	void theMainPortKeepsItsPolicyAndRefusesTheManagementOrigin() throws Exception {
		var allowed = preflight(this.port, "/api/items", APP);
		assertThat(allowed.statusCode()).isEqualTo(204);
		assertThat(corsHeaders(allowed)).containsEntry("access-control-allow-origin", List.of(APP));
		var refused = preflight(this.port, "/api/items", OPS);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(corsHeaders(refused)).isEmpty();
		var actual = send(this.port, "GET", "/api/items", "Origin", OPS);
		assertThat(actual.statusCode()).isEqualTo(200);
		assertThat(corsHeaders(actual)).isEmpty();
	}

	@Test
	void errorResponsesOnTheManagementPortCarryTheHeadersOfItsMapping() throws Exception {
		var unauthorized = send(this.managementPort, "GET", "/actuator/health", "Origin", OPS);
		assertThat(unauthorized.statusCode()).isEqualTo(401);
		assertThat(corsHeaders(unauthorized)).containsOnly(Map.entry("access-control-allow-origin", List.of(OPS)),
				Map.entry("access-control-allow-credentials", List.of("true")));
		var failed = send(this.managementPort, "GET", "/actuator/boom", "Origin", OPS, "Authorization", CREDENTIALS);
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(corsHeaders(failed)).containsOnly(Map.entry("access-control-allow-origin", List.of(OPS)),
				Map.entry("access-control-allow-credentials", List.of("true")));
		var appOrigin = send(this.managementPort, "GET", "/actuator/health", "Origin", APP);
		assertThat(appOrigin.statusCode()).isEqualTo(401);
		assertThat(corsHeaders(appOrigin)).isEmpty();
	}

	@Test
	void decisionsOnTheManagementPortAreCountedUnderItsMapping() throws Exception {
		double before = this.registry.get("cors.requests")
			.tags("kind", "preflight", "outcome", "allowed", "mapping", "ops")
			.counter()
			.count();
		preflight(this.managementPort, "/actuator/health", OPS);
		assertThat(this.registry.get("cors.requests")
			.tags("kind", "preflight", "outcome", "allowed", "mapping", "ops")
			.counter()
			.count()).isEqualTo(before + 1);
	}

}
