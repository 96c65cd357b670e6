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
package io.github.corspolicy.core;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.PolicyProblem.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * {@code timing-allow-origin}: {@code Timing-Allow-Origin} carries the value of
 * {@code Access-Control-Allow-Origin} and is written exactly when that header is, on every kind of
 * request; off by default; a policy that allows no origin draws a warning.
 */
class CorsPolicyTimingAllowOriginTests {

	private static final String APP = "https://app.example.com";

	private static final String EVIL = "https://evil.example";

	private static final String TAO = "Timing-Allow-Origin";

	private static final String ACAO = "Access-Control-Allow-Origin";

	private static final CorsPolicy LISTED = CorsPolicy.builder()
		.allowedOrigins(APP)
		.allowedOriginPatterns("http://localhost:[*]")
		.allowedOriginRegexes("https://tenant-[0-9]+\\.example\\.org")
		.allowedMethods("GET", "PUT")
		.allowCredentials(true)
		.allowPrivateNetwork(true)
		.timingAllowOrigin(true)
		.build();

	private static final CorsPolicy ANY = CorsPolicy.builder().allowAnyOrigin().timingAllowOrigin(true).build();

	private static final CorsPolicy WITHOUT = CorsPolicy.builder().allowedOrigins(APP).build();

	static Stream<Arguments> requests() {
		return Stream.of(
				row("an exact origin's request", LISTED, CorsRequest.actual("GET", APP), APP),
				row("a pattern's origin", LISTED, CorsRequest.actual("GET", "http://localhost:5173"),
						"http://localhost:5173"),
				row("a regex's origin", LISTED, CorsRequest.actual("POST", "https://tenant-7.example.org"),
						"https://tenant-7.example.org"),
				row("an accepted preflight", LISTED, CorsRequest.preflight(APP, "PUT", null), APP),
				row("an accepted private-network preflight", LISTED,
						new CorsRequest("OPTIONS", APP, "PUT", null, "true"), APP),
				row("a refused origin", LISTED, CorsRequest.actual("GET", EVIL), null),
				row("a refused origin's preflight", LISTED, CorsRequest.preflight(EVIL, "PUT", null), null),
				row("a preflight for a method that is not allowed", LISTED, CorsRequest.preflight(APP, "DELETE", null),
						null),
				row("an origin that only ends like an allowed one", LISTED,
						CorsRequest.actual("GET", "https://tenant-7.example.org.evil.example"), null),
				row("a request without Origin", LISTED, CorsRequest.actual("GET", null), null),
				row("any origin's request", ANY, CorsRequest.actual("GET", EVIL), "*"),
				row("any origin's preflight", ANY, CorsRequest.preflight(EVIL, "POST", null), "*"),
				row("a request without Origin to an any-origin policy, whose headers a cache may share", ANY,
						CorsRequest.actual("GET", null), "*"),
				row("a policy without the setting", WITHOUT, CorsRequest.actual("GET", APP), null));
	}

	@ParameterizedTest
	@MethodSource("requests")
	void timingAllowOriginIsSentWithTheValueOfAccessControlAllowOriginAndOnlyWithIt(CorsPolicy policy,
			CorsRequest request, @Nullable String expected) {
		Map<String, String> headers = policy.evaluate(request).headers(request);
		assertThat(headers.get(TAO)).isEqualTo(expected);
		if (policy != WITHOUT) {
			assertThat(headers.get(TAO)).as("Timing-Allow-Origin beside %s", headers).isEqualTo(headers.get(ACAO));
		}
	}

	@ParameterizedTest
	@MethodSource("requests")
	void everyDecisionOfAnOptedInPolicyOwnsTheHeader(CorsPolicy policy, CorsRequest request,
			@Nullable String expected) {
		assertThat(policy.evaluate(request).ownsTimingAllowOrigin()).isEqualTo(policy != WITHOUT);
	}

	@Test
	void theSettingIsOffByDefaultAndDescribed() {
		assertThat(PolicyDefaults.TIMING_ALLOW_ORIGIN).isFalse();
		assertThat(WITHOUT.describe()).containsEntry("timing-allow-origin", false);
		assertThat(LISTED.describe()).containsEntry("timing-allow-origin", true);
		assertThat(WITHOUT.evaluate(CorsRequest.actual("GET", APP)).ownsTimingAllowOrigin()).isFalse();
	}

	@Test
	void theHeaderFollowsAccessControlAllowOriginInWritingOrder() {
		CorsRequest request = CorsRequest.actual("GET", APP);
		assertThat(LISTED.evaluate(request).headers(request)).containsExactly(Map.entry(ACAO, APP),
				Map.entry(TAO, APP), Map.entry("Access-Control-Allow-Credentials", "true"), Map.entry("Vary", "Origin"));
	}

	@Test
	void aPolicyThatAllowsNoOriginWarnsThatTheSettingHasNoEffect() {
		CorsPolicy policy = CorsPolicy.builder().timingAllowOrigin(true).build();
		assertThat(policy.warnings()).extracting(PolicyProblem::kind)
			.containsExactly(Kind.NO_ORIGIN_ALLOWED, Kind.TIMING_ALLOW_ORIGIN_WITHOUT_ORIGINS);
		PolicyProblem warning = policy.warnings().get(1);
		assertThat(warning.key()).isEqualTo("timing-allow-origin");
		assertThat(warning.value()).isEqualTo("true");
		assertThat(warning.problem()).startsWith("has no effect: no origin is allowed");
		assertThat(warning.fix()).isEqualTo("set allowed-origins to your front end's origin, or remove"
				+ " timing-allow-origin");
		assertThat(warning.references()).containsExactly(CorsSetting.ALLOWED_ORIGINS, CorsSetting.TIMING_ALLOW_ORIGIN);
	}

	@Test
	void aPolicyThatAllowsOriginsBuildsWithoutATimingWarning() {
		for (CorsPolicy policy : List.of(LISTED, ANY)) {
			assertThat(policy.warnings()).extracting(PolicyProblem::kind)
				.doesNotContain(Kind.TIMING_ALLOW_ORIGIN_WITHOUT_ORIGINS);
		}
	}

	private static Arguments row(String description, CorsPolicy policy, CorsRequest request,
			@Nullable String expected) {
		return argumentSet(description, policy, request, expected);
	}

}
