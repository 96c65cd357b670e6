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

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.corspolicy.doctor.LocalServer.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --json}: the same report as one JSON object, whatever the server sends.
 */
class CorsDoctorJsonTests {

	private static final String APP = "https://app.example.com";

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void aFailedPreflightIsReportedWithItsFindingAndTheRequestNotSent() {
		Reply unauthorized = Reply.status(401).header("WWW-Authenticate", "Bearer realm=\"api\"").body("{\"error\":\"unauthorized\"}");
		try (LocalServer local = LocalServer.answering((request) -> unauthorized)) {
			DoctorRun run = DoctorRun.of(local.url("/api"), "--origin", APP, "--method", "PUT", "--json");
			JsonNode json = this.mapper.readTree(run.out());
			assertThat(run.exitCode()).isEqualTo(1);
			assertThat(json.get("exitCode").asInt()).isEqualTo(1);
			assertThat(json.get("browserSucceeds").asBoolean()).isFalse();
			assertThat(json.get("requestSent").asBoolean()).isFalse();
			JsonNode preflight = json.get("steps").get(0);
			assertThat(preflight.get("step").asString()).isEqualTo("preflight");
			assertThat(preflight.get("status").asInt()).isEqualTo(401);
			assertThat(preflight.get("responseHeaders").get("www-authenticate").get(0).asString()).isEqualTo("Bearer realm=\"api\"");
			assertThat(preflight.get("body").asString()).isEqualTo("{\"error\":\"unauthorized\"}");
			assertThat(preflight.get("verdict").get("failure").asString()).isEqualTo("MISSING_ALLOW_ORIGIN");
			JsonNode finding = json.get("findings").get(0);
			assertThat(finding.get("id").asString()).isEqualTo("preflight-intercepted");
			assertThat(finding.get("severity").asString()).isEqualTo("error");
			assertThat(finding.get("fix").asString()).startsWith("Answer preflights before authentication");
		}
	}

	@Test
	void aWorkingCallListsTheHeadersThePageCanRead() {
		Reply allowed = Reply.status(200).header("Access-Control-Allow-Origin", APP).header("Vary", "Origin")
			.header("Access-Control-Expose-Headers", "ETag").header("ETag", "\"v1\"").header("X-Internal", "1");
		try (LocalServer local = LocalServer.answering((request) -> allowed)) {
			JsonNode json = this.mapper.readTree(DoctorRun.of(local.url("/api"), "--origin", APP, "--json").out());
			assertThat(json.get("exitCode").asInt()).isZero();
			assertThat(json.get("findings")).isEmpty();
			List<String> readable = json.get("steps").get(0).get("readableHeaders").valueStream().map(JsonNode::asString).toList();
			assertThat(readable).contains("etag").doesNotContain("x-internal");
		}
	}

}
