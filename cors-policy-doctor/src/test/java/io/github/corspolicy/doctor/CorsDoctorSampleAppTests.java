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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doctor against the real sample application and its development policy (application.yml):
 * front ends on http://localhost:3000 and :5173, credentials, Authorization, Content-Type and
 * X-Request-ID.
 */
class CorsDoctorSampleAppTests {

	private static final String FRONT_END = "http://localhost:3000";

	private static final String TOKEN = "Authorization: Bearer demo-token";

	private static @Nullable SampleApp sample;

	@BeforeAll
	static void startTheSample() throws Exception {
		sample = SampleApp.start();
	}

	@AfterAll
	static void stopTheSample() throws InterruptedException {
		if (sample != null) {
			sample.stop();
		}
	}

	@Test
	void aCredentialedCallWithTheTokenFromTheFrontEndWorks() {
		DoctorRun run = doctor("/api/v1/credits/balance", "--origin", FRONT_END, "--header", TOKEN, "--credentials");
		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.findingIds()).isEmpty();
		assertThat(run.lines()).contains("  > Access-Control-Request-Headers: authorization", "  < status 204",
				"  verdict: allowed, the browser sends the request", "  < status 200",
				"  < access-control-allow-origin: " + FRONT_END, "  verdict: allowed, the page can read the response",
				"RESULT  the call works in a browser (exit 0)");
	}

	@Test
	void theSameCallFromAnotherOriginFailsBecauseTheOriginIsNotAllowed() {
		DoctorRun run = doctor("/api/v1/credits/balance", "--origin", "https://evil.example.com", "--header", TOKEN,
				"--credentials");
		assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
		assertThat(run.findingIds()).containsExactly("origin-not-allowed");
		assertThat(run.lines()).contains("  < status 403", "  < body: CORS preflight rejected: origin_not_allowed",
				"  not sent: a browser does not send the request after a failed preflight");
		assertThat(run.out()).contains("the origin is not allowed");
	}

	@Test
	void aHeaderThePolicyDoesNotAllowIsNamed() {
		DoctorRun run = doctor("/api/v1/credits/balance", "--origin", FRONT_END, "--header", TOKEN, "--header",
				"X-Debug: 1", "--credentials");
		assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
		assertThat(run.findingIds()).containsExactly("header-not-allowed");
		assertThat(run.out()).contains("one asking for X-Debug alone is refused");
	}

	@Test
	void theFailingRouteAnswers500AndThePageCanReadIt() {
		DoctorRun run = doctor("/api/v1/fail", "--origin", FRONT_END, "--credentials");
		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.lines()).contains("  no preflight: a browser sends this request straight away", "  < status 500",
				"  verdict: allowed, the page can read the response");
	}

	@Test
	void withoutTheTokenThe401IsReadableToo() {
		DoctorRun run = doctor("/api/v1/credits/balance", "--origin", FRONT_END, "--credentials");
		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.lines()).contains("  < status 401", "  < www-authenticate: Bearer");
	}

	@Test
	void theJsonReportOfAPreflightedWriteParses() {
		DoctorRun run = doctor("/dashboard/update-profile", "--origin", "http://localhost:5173", "--method", "POST",
				"--header", "Content-Type: application/json", "--header", TOKEN, "--credentials", "--json");
		JsonNode json = JsonMapper.builder().build().readTree(run.out());
		assertThat(json.get("preflightNeeded").asBoolean()).isTrue();
		assertThat(json.get("preflightReasons").get(0).asString()).isEqualTo("the header authorization is not CORS-safelisted");
		assertThat(json.get("preflightReasons").get(1).asString()).startsWith("Content-Type is not");
		assertThat(json.get("steps").get(0).get("requestHeaders").get("Access-Control-Request-Headers").asString())
			.isEqualTo("authorization,content-type");
		assertThat(json.get("steps").get(1).get("verdict").get("allowed").asBoolean()).isTrue();
		assertThat(json.get("exitCode").asInt()).isEqualTo(run.exitCode()).isZero();
	}

	private static DoctorRun doctor(String path, String... options) {
		List<String> args = new ArrayList<>();
		args.add(Objects.requireNonNull(sample).url(path));
		args.addAll(List.of(options));
		return DoctorRun.of(args);
	}

}
