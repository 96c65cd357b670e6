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
package io.github.corspolicy.spring.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.corspolicy.spring.websocket.RawHandshake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a user of live origins sees over real HTTP, whatever the web stack: a source's change is
 * allowed or revoked within moments, a bad entry is skipped and named while the others apply, an
 * invalid configuration is refused while the current snapshot serves, a source that fails keeps
 * the last snapshot serving and turns the health {@code OUT_OF_SERVICE}, and the endpoint and the
 * meters tell all of it. Each stack's test class runs these against its own application.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class LiveOriginsContract {

	static final String APP = "https://app.example.com";

	static final String OLD = "https://old.example.com";

	static final String TENANT = "https://tenant-1.example.com";

	static final String PARTNER = "https://partner.example.com";

	private static final String OVERRIDES = "live-origins-test-overrides";

	private static final Duration WITHIN = Duration.ofSeconds(10);

	private final HttpClient client = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private InMemoryOriginSource source;

	@Autowired
	private ConfigurableEnvironment environment;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MeterRegistry registry;

	@BeforeEach
	@AfterEach
	void startFromThePropertiesAlone() throws Exception {
		this.source.unreachable(null);
		this.source.clear();
		this.environment.getPropertySources().remove(OVERRIDES);
		assertThat(refresh().get("outcome").asString()).isIn("APPLIED", "UNCHANGED");
	}

	@Test
	void anOriginAddedToTheSourceIsAllowedSoonAfterItsChangeSignal() throws Exception {
		assertThat(allowOrigin(TENANT, "/api/items")).isEmpty();
		this.source.put("1", null, "exact", TENANT);
		await().atMost(WITHIN).untilAsserted(() -> assertThat(allowOrigin(TENANT, "/api/items")).contains(TENANT));
		assertThat(allowOrigin(APP, "/api/items")).as("the properties' origins stay").contains(APP);
		assertThat(allowOrigin(TENANT, "/partners/items")).as("the partners mapping has its own origins").isEmpty();
	}

	@Test
	void anOriginRemovedFromTheSourceIsRejectedSoonAfter() throws Exception {
		this.source.put("1", null, "exact", TENANT);
		await().atMost(WITHIN).untilAsserted(() -> assertThat(allowOrigin(TENANT, "/api/items")).contains(TENANT));
		this.source.remove("1");
		await().atMost(WITHIN).untilAsserted(() -> {
			HttpResponse<String> preflight = preflight(TENANT, "/api/items");
			assertThat(preflight.statusCode()).isEqualTo(403);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		});
		HttpResponse<String> actual = send("GET", "/api/items", "Origin", TENANT);
		assertThat(actual.statusCode()).isEqualTo(200);
		assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void aWebSocketHandshakeIsJudgedByTheSnapshotCurrentWhenItArrives() throws Exception {
		assertThat(RawHandshake.handshake(this.port, "/api/items", TENANT)).isEqualTo(403);
		this.source.put("1", null, "exact", TENANT);
		await().atMost(WITHIN)
			.untilAsserted(() -> assertThat(RawHandshake.handshake(this.port, "/api/items", TENANT)).isNotEqualTo(403));
		this.source.remove("1");
		await().atMost(WITHIN)
			.untilAsserted(() -> assertThat(RawHandshake.handshake(this.port, "/api/items", TENANT)).isEqualTo(403));
	}

	@Test
	void entriesOfEachKindJoinTheMappingTheyName() throws Exception {
		this.source.put("1", "partners", "exact", "https://one.partner-a.example");
		this.source.put("2", "partners", "pattern", "https://*.partner-b.example");
		this.source.put("3", null, "regex", "https://tenant-[0-9]+\\.example\\.com");
		await().atMost(WITHIN).untilAsserted(() -> {
			assertThat(allowOrigin("https://one.partner-a.example", "/partners/items")).isPresent();
			assertThat(allowOrigin("https://shop.partner-b.example", "/partners/items")).isPresent();
			assertThat(allowOrigin("https://tenant-42.example.com", "/api/items")).isPresent();
		});
		assertThat(allowOrigin("https://one.partner-a.example", "/api/items")).isEmpty();
		assertThat(allowOrigin("https://shop.partner-b.example", "/api/items")).isEmpty();
		assertThat(allowOrigin("https://tenant-42.example.com", "/partners/items"))
			.as("partners sets no regexes: it inherits the top level's, entries included, as with properties")
			.isPresent();
		assertThat(allowOrigin(PARTNER, "/partners/items")).as("the mapping's own origins stay").contains(PARTNER);
	}

	static Stream<Arguments> invalidEntries() {
		return Stream.of(
				Arguments.argumentSet("an origin with a path", null, "exact", "https://bad.example.com/app", "path"),
				Arguments.argumentSet("an origin with a trailing slash", null, "exact", "https://bad.example.com/",
						"trailing slash"),
				Arguments.argumentSet("an origin without a scheme", null, "exact", "bad.example.com", "scheme"),
				Arguments.argumentSet("the null origin", null, "exact", "null", "sandboxed"),
				Arguments.argumentSet("any origin", null, "exact", "*", "every origin"),
				Arguments.argumentSet("an unknown kind", null, "wildcard", "https://bad.example.com", "unknown kind"),
				Arguments.argumentSet("an unknown mapping", "nope", "exact", "https://bad.example.com",
						"names the mapping 'nope'"),
				Arguments.argumentSet("a pattern over a public suffix, with credentials", "partners", "pattern",
						"https://*.com", "allow-credentials"),
				Arguments.argumentSet("a regex that does not compile", null, "regex", "https://(bad", "regular"),
				Arguments.argumentSet("a value that forges a log line", null, "exact",
						"https://bad.example.com\nWARN forged line", "invalid host"));
	}

	@ParameterizedTest
	@MethodSource("invalidEntries")
	void anInvalidEntryIsSkippedAndNamedWhileTheOthersApply(String mapping, String kind, String value,
			String problem, CapturedOutput output) throws Exception {
		this.source.put("good", null, "exact", TENANT);
		this.source.put("bad", mapping, kind, value);
		await().atMost(WITHIN).untilAsserted(() -> assertThat(allowOrigin(TENANT, "/api/items")).contains(TENANT));
		JsonNode memory = sourceState("memory");
		assertThat(memory.get("entries").asInt()).isEqualTo(2);
		assertThat(memory.get("skipped")).hasSize(1);
		JsonNode skipped = memory.get("skipped").get(0);
		assertThat(skipped.get("id").asString()).isEqualTo("bad");
		assertThat(skipped.get("value").asString()).isEqualTo(value);
		assertThat(skipped.get("problem").asString()).containsIgnoringCase(problem);
		assertThat(skipped.get("fix").asString()).isNotBlank();
		assertThat(output.getOut()).containsPattern("WARN .*CORS refresh skipped 1 invalid entry, the others apply: "
				+ "source 'memory' entry 'bad' .*; fix: ");
		assertThat(output.getOut()).doesNotContain("\nWARN forged line");
	}

	@Test
	void aConfigurationInvalidAsAWholeIsRefusedAndTheCurrentSnapshotKeepsServing(CapturedOutput output)
			throws Exception {
		double refusedBefore = refreshes("properties", "refused");
		long version = snapshot().get("version").asLong();
		override(Map.of("cors.allowed-origins", "https://app.example.com/"));
		JsonNode outcome = refresh();
		assertThat(outcome.get("outcome").asString()).isEqualTo("REFUSED");
		assertThat(outcome.get("version").asLong()).isEqualTo(version);
		assertThat(outcome.get("problems").get(0).asString()).startsWith("cors.allowed-origins[0]='https://app.example.com/'")
			.contains("fix: ");
		assertThat(allowOrigin(APP, "/api/items")).contains(APP);
		assertThat(allowOrigin(OLD, "/api/items")).as("the current snapshot still has it").contains(OLD);
		assertThat(refreshes("properties", "refused")).isEqualTo(refusedBefore + 1);
		assertThat(sourceState("properties").get("lastError").asString()).contains("cors.allowed-origins[0]");
		assertThat(output.getOut()).contains("CORS refresh refused, the snapshot version " + version + " keeps serving");
	}

	@Test
	void aRefreshOfThePropertiesRemovesAnOriginRemovedFromTheList() throws Exception {
		assertThat(allowOrigin(OLD, "/api/items")).contains(OLD);
		override(Map.of("cors.allowed-origins", APP));
		JsonNode outcome = refresh();
		assertThat(outcome.get("outcome").asString()).isEqualTo("APPLIED");
		assertThat(allowOrigin(OLD, "/api/items")).isEmpty();
		assertThat(allowOrigin(APP, "/api/items")).contains(APP);
	}

	@Test
	void springCloudsEnvironmentChangeEventRefreshesTheProperties() {
		override(Map.of("cors.allowed-origins[0]", APP, "cors.allowed-origins[1]", TENANT));
		this.context.publishEvent(new EnvironmentChangeEvent(this.context, Set.of("cors.allowed-origins")));
		await().atMost(WITHIN).untilAsserted(() -> {
			assertThat(allowOrigin(TENANT, "/api/items")).contains(TENANT);
			assertThat(allowOrigin(OLD, "/api/items")).isEmpty();
		});
	}

	@Test
	void aFailingSourceKeepsTheLastSnapshotServingAndHealthGoesOutOfServiceUntilItRecovers(CapturedOutput output)
			throws Exception {
		this.source.put("1", null, "exact", TENANT);
		await().atMost(WITHIN).untilAsserted(() -> assertThat(allowOrigin(TENANT, "/api/items")).contains(TENANT));
		assertThat(health().get("status").asString()).isEqualTo("UP");
		this.source.unreachable("connection refused");
		JsonNode outcome = refresh();
		assertThat(outcome.get("outcome").asString()).isEqualTo("FAILED");
		assertThat(outcome.get("failedSources").get("memory").asString()).contains("connection refused");
		assertThat(allowOrigin(TENANT, "/api/items")).as("the last good entries serve").contains(TENANT);
		await().atMost(WITHIN).untilAsserted(() -> {
			HttpResponse<String> health = send("GET", "/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			JsonNode cors = this.json.readTree(health.body()).get("components").get("corsPolicy");
			assertThat(cors.get("status").asString()).isEqualTo("OUT_OF_SERVICE");
			assertThat(cors.get("details").get("sources").get("memory").get("lastError").asString())
				.contains("connection refused");
		});
		assertThat(allowOrigin(TENANT, "/api/items")).contains(TENANT);
		this.source.unreachable(null);
		await().atMost(WITHIN).untilAsserted(() -> assertThat(health().get("status").asString()).isEqualTo("UP"));
		assertThat(output.getOut().lines().filter((line) -> line.contains("CORS source 'memory' can be read again")))
			.hasSize(1);
		assertThat(output.getOut().lines().filter((line) -> line.contains("CORS source 'memory' could not be read")))
			.as("one line when it starts failing, not one per poll").hasSize(1);
	}

	@Test
	void theMetersCountRefreshesAndEntriesAndTellTheAge() throws Exception {
		double appliedBefore = refreshes("memory", "applied");
		this.source.put("1", null, "exact", TENANT);
		this.source.put("2", "partners", "pattern", "https://*.partner-b.example");
		await().atMost(WITHIN).untilAsserted(() -> {
			assertThat(entries("default", "exact")).isEqualTo(3);
			assertThat(entries("partners", "pattern")).isEqualTo(1);
		});
		assertThat(entries("partners", "exact")).isEqualTo(1);
		assertThat(entries("default", "regex")).isZero();
		assertThat(refreshes("memory", "applied")).isGreaterThan(appliedBefore);
		assertThat(this.registry.get("cors.policy.age").gauge().value()).isBetween(0.0, 5.0);
		JsonNode metric = this.json.readTree(send("GET", "/actuator/metrics/cors.policy.refreshes").body());
		assertThat(metric.get("availableTags").findValuesAsString("tag")).contains("source", "outcome");
	}

	@Test
	void theEndpointShowsTheSnapshotAndEachSource() throws Exception {
		long before = snapshot().get("version").asLong();
		this.source.put("1", null, "exact", TENANT);
		await().atMost(WITHIN).untilAsserted(() -> assertThat(snapshot().get("version").asLong()).isGreaterThan(before));
		JsonNode snapshot = snapshot();
		assertThat(snapshot.get("builtAt").asString()).isNotEmpty();
		JsonNode memory = sourceState("memory");
		assertThat(memory.get("entries").asInt()).isEqualTo(1);
		assertThat(memory.get("version").asLong()).isEqualTo(snapshot.get("version").asLong());
		assertThat(memory.get("lastSuccess").asString()).isNotEmpty();
		assertThat(memory.get("lastError").isNull()).isTrue();
		assertThat(memory.get("skipped")).isEmpty();
		JsonNode policies = this.json.readTree(send("GET", "/actuator/cors").body()).get("mappings");
		assertThat(policies.get(1).get("policy").get("allowed-origins").findValuesAsString(""))
			.isEmpty();
		assertThat(policies.get(1).get("policy").get("allowed-origins").toString()).contains(TENANT);
	}

	private Optional<String> allowOrigin(String origin, String path) throws IOException, InterruptedException {
		return preflight(origin, path).headers().firstValue("Access-Control-Allow-Origin");
	}

	private HttpResponse<String> preflight(String origin, String path) throws IOException, InterruptedException {
		return send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", "PUT");
	}

	private JsonNode refresh() throws IOException, InterruptedException {
		HttpResponse<String> response = send("POST", "/actuator/cors");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private JsonNode snapshot() throws IOException, InterruptedException {
		return this.json.readTree(send("GET", "/actuator/cors").body()).get("snapshot");
	}

	private JsonNode sourceState(String name) throws IOException, InterruptedException {
		for (JsonNode state : snapshot().get("sources")) {
			if (state.get("source").asString().equals(name)) {
				return state;
			}
		}
		throw new AssertionError("no state for the source " + name + " in " + snapshot());
	}

	private JsonNode health() throws IOException, InterruptedException {
		return this.json.readTree(send("GET", "/actuator/health").body()).get("components").get("corsPolicy");
	}

	private double refreshes(String source, String outcome) {
		var counter = this.registry.find("cors.policy.refreshes").tags("source", source, "outcome", outcome).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private double entries(String mapping, String kind) {
		return this.registry.get("cors.policy.entries").tags("mapping", mapping, "kind", kind).gauge().value();
	}

	private void override(Map<String, Object> properties) {
		this.environment.getPropertySources().addFirst(new MapPropertySource(OVERRIDES, properties));
	}

	private HttpResponse<String> send(String method, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
