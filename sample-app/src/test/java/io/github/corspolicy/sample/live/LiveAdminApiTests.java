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
package io.github.corspolicy.sample.live;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.github.corspolicy.sample.SampleApplication;
import io.github.corspolicy.sample.contract.SampleContract;
import io.github.corspolicy.sample.contract.SampleHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The {@code live} profile over real HTTP: origins added, disabled and deleted through the admin API,
 * or in the table directly, are allowed and revoked, with the time it took printed; bad values are
 * refused with the core's reason.
 */
@ActiveProfiles("live")
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class LiveAdminApiTests {

	private static final String ADMIN = "/api/v1/admin/origins";

	/** The page's origin, a property of the live profile (sample.front-end.port is 3000). */
	private static final String PAGE = "http://localhost:3000";

	/** cors.sources.jdbc.refresh-interval of application-live.yml. */
	private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(2);

	private static final AtomicInteger counter = new AtomicInteger();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private SampleHttp http;

	@BeforeEach
	void client() {
		this.http = new SampleHttp(this.port);
	}

	@Test
	void theSeedRowsAreListedWithAnETagAndARequestId() throws Exception {
		HttpResponse<String> response = this.http.get(ADMIN, "Authorization", SampleContract.BEARER, "Origin", PAGE);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("ETag")).hasValueSatisfying((etag) -> assertThat(etag).matches("\"[0-9a-f]+\""));
		assertThat(response.headers().firstValue("X-Request-ID")).isPresent();
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PAGE);
		List<String> origins = JsonPath.read(response.body(), "$.origins[*].origin");
		assertThat(origins).contains("http://localhost:5173", "https://*.preview.example.com", "https://retired.example.com");
		assertThat((Integer) JsonPath.read(response.body(), "$.refreshIntervalMillis")).isEqualTo(2000);
	}

	@Test
	void theSeedRowsApplyFromStartUp() throws Exception {
		assertThat(preflight("http://localhost:5173")).isEqualTo(204);
		assertThat(preflight("https://pr-7.preview.example.com")).isEqualTo(204);
		assertThat(preflight("https://retired.example.com")).as("a disabled row").isEqualTo(403);
		assertThat(preflight("http://127.0.0.1:3000")).as("not in the live profile's list").isEqualTo(403);
	}

	@Test
	void anAddedOriginIsAllowedThenRevokedWhenDisabledAndAllowedAgainWhenEnabled() throws Exception {
		String origin = newOrigin();
		assertThat(preflight(origin)).isEqualTo(403);
		long start = System.nanoTime();
		HttpResponse<String> added = write("POST", ADMIN, "{\"origin\":\"" + origin + "\"}");
		assertThat(added.statusCode()).isEqualTo(201);
		assertThat((String) JsonPath.read(added.body(), "$.refresh.outcome")).isEqualTo("APPLIED");
		assertThat(added.headers().firstValue("Location")).hasValue(ADMIN + "/" + id(added));
		measure("added through the admin API", origin, 204, start);
		start = System.nanoTime();
		assertThat(write("PATCH", ADMIN + "/" + id(added), "{\"enabled\":false}").statusCode()).isEqualTo(200);
		measure("disabled through the admin API", origin, 403, start);
		start = System.nanoTime();
		assertThat(write("PATCH", ADMIN + "/" + id(added), "{\"enabled\":true}").statusCode()).isEqualTo(200);
		measure("enabled through the admin API", origin, 204, start);
	}

	@Test
	void aDeletedOriginIsRevoked() throws Exception {
		String origin = newOrigin();
		long start = System.nanoTime();
		HttpResponse<String> added = write("POST", ADMIN, "{\"origin\":\"" + origin + "\"}");
		measure("added through the admin API", origin, 204, start);
		start = System.nanoTime();
		HttpResponse<String> deleted = write("DELETE", ADMIN + "/" + id(added), null);
		assertThat(deleted.statusCode()).isEqualTo(200);
		measure("deleted through the admin API", origin, 403, start);
		assertThat(write("DELETE", ADMIN + "/" + id(added), null).statusCode()).isEqualTo(404);
	}

	@Test
	void aRowChangedInTheTableDirectlyAppliesWithinTheRefreshInterval() throws Exception {
		String origin = newOrigin();
		long start = System.nanoTime();
		this.jdbc.sql("INSERT INTO cors_origin (kind, origin) VALUES ('exact', ?)").param(origin).update();
		measure("inserted in the table (poll)", origin, 204, start);
		start = System.nanoTime();
		this.jdbc.sql("UPDATE cors_origin SET enabled = FALSE WHERE origin = ?").param(origin).update();
		measure("disabled in the table (poll)", origin, 403, start);
	}

	@Test
	void aPatternIsAddedAsAPattern() throws Exception {
		String suffix = "p" + counter.incrementAndGet() + ".example.com";
		assertThat(write("POST", ADMIN, "{\"origin\":\"https://*." + suffix + "\",\"kind\":\"pattern\"}").statusCode())
			.isEqualTo(201);
		assertThat(preflight("https://tenant." + suffix)).isEqualTo(204);
	}

	static Stream<Arguments> badValues() {
		return Stream.of(argumentSet("a trailing slash", "{\"origin\":\"https://shop.example.com/\"}", "trailing slash"),
				argumentSet("a path", "{\"origin\":\"https://shop.example.com/app\"}", "path"),
				argumentSet("no scheme", "{\"origin\":\"shop.example.com\"}", "scheme"),
				argumentSet("a wildcard in an exact origin", "{\"origin\":\"https://*.example.com\"}", "kind 'pattern'"),
				argumentSet("every origin", "{\"origin\":\"*\"}", "one by one"),
				argumentSet("a pattern over a public suffix", "{\"origin\":\"https://*.co.uk\",\"kind\":\"pattern\"}",
						"registrable domain"),
				argumentSet("a regex matching every origin", "{\"origin\":\".*\",\"kind\":\"regex\"}", "unrelated sites"),
				argumentSet("a regex that does not compile", "{\"origin\":\"https://(shop\",\"kind\":\"regex\"}",
						"not a valid regular expression"),
				argumentSet("an unknown kind", "{\"origin\":\"https://shop.example.com\",\"kind\":\"glob\"}",
						"exact, pattern or regex"),
				argumentSet("no origin", "{\"kind\":\"exact\"}", "needs an origin"),
				argumentSet("an origin longer than the column", "{\"origin\":\"https://" + "a".repeat(2050) + ".com\"}",
						"2048"));
	}

	@ParameterizedTest
	@MethodSource("badValues")
	void aBadValueIsRefusedWithTheReasonAndNothingIsStored(String body, String reason) throws Exception {
		int rows = rows();
		HttpResponse<String> response = write("POST", ADMIN, body);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat((String) JsonPath.read(response.body(), "$.detail")).containsIgnoringCase(reason);
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void anOriginListedAlreadyIsAConflict() throws Exception {
		HttpResponse<String> response = write("POST", ADMIN, "{\"origin\":\"https://retired.example.com\"}");
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("disabled: enable it");
	}

	@Test
	void withoutTheTokenTheAdminApiAnswers401WithCorsHeaders() throws Exception {
		for (String method : List.of("GET", "POST", "PATCH", "DELETE")) {
			String path = method.equals("GET") || method.equals("POST") ? ADMIN : ADMIN + "/1";
			HttpResponse<String> response = this.http.send(method, path, "{\"origin\":\"https://x.example.com\"}",
					"Origin", PAGE, "Content-Type", "application/json");
			assertThat(response.statusCode()).as(method).isEqualTo(401);
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(method).hasValue(PAGE);
			assertThat(response.headers().firstValue("X-Request-ID")).as(method).isPresent();
		}
		assertThat(preflight("https://x.example.com")).isEqualTo(403);
	}

	@Test
	void thePageMayPreflightEveryMethodOfTheAdminApi() throws Exception {
		for (String method : List.of("POST", "PATCH", "DELETE")) {
			HttpResponse<String> response = this.http.send("OPTIONS", ADMIN + "/1", null, "Origin", PAGE,
					"Access-Control-Request-Method", method, "Access-Control-Request-Headers", "authorization,content-type");
			assertThat(response.statusCode()).as(method).isEqualTo(204);
			assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).as(method)
				.hasValueSatisfying((methods) -> assertThat(methods).contains(method));
		}
	}

	/**
	 * Preflights from {@code origin} until it answers {@code status}; prints and bounds the time since
	 * {@code start}, taken before the change was sent.
	 */
	private void measure(String change, String origin, int status, long start) throws Exception {
		int answer = preflight(origin);
		while (answer != status && System.nanoTime() - start < REFRESH_INTERVAL.multipliedBy(3).toNanos()) {
			Thread.sleep(20);
			answer = preflight(origin);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("live profile: %s -> preflight %d after %d ms (refresh-interval %d ms)%n", change, answer,
				took.toMillis(), REFRESH_INTERVAL.toMillis());
		assertThat(answer).as(change).isEqualTo(status);
		// the poll interval, plus one second for the read and the build on a shared test machine
		assertThat(took).as(change).isLessThan(REFRESH_INTERVAL.plusSeconds(1));
	}

	private int preflight(String origin) throws Exception {
		return this.http.send("OPTIONS", "/api/v1/credits/balance", null, "Origin", origin,
				"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization")
			.statusCode();
	}

	private HttpResponse<String> write(String method, String path, String body) throws Exception {
		return this.http.send(method, path, body, "Authorization", SampleContract.BEARER, "Content-Type",
				"application/json");
	}

	private int rows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM cors_origin").query(Integer.class).single();
	}

	private static long id(HttpResponse<String> response) {
		return ((Number) JsonPath.read(response.body(), "$.origin.id")).longValue();
	}

	private static String newOrigin() {
		return "https://tenant-" + counter.incrementAndGet() + ".example.com";
	}

}
