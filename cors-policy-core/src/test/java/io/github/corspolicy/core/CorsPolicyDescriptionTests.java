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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * A policy describes itself in normalised form, and that description rebuilds an equal policy.
 */
class CorsPolicyDescriptionTests {

	private static final String APP = "https://app.example.com";

	@ParameterizedTest
	@MethodSource("policies")
	void aPolicyRebuiltFromItsDescriptionEqualsIt(CorsPolicy policy) {
		CorsPolicy rebuilt = CorsPolicy.fromDescription(policy.describe());
		assertThat(rebuilt).isEqualTo(policy).hasSameHashCodeAs(policy);
		assertThat(rebuilt.describe()).isEqualTo(policy.describe());
	}

	@ParameterizedTest
	@MethodSource("policies")
	void aPolicyRebuiltFromItsDescriptionWrittenAsTextEqualsIt(CorsPolicy policy) {
		// as read back from JSON or properties: numbers and flags as strings
		Map<String, Object> text = new LinkedHashMap<>();
		policy.describe().forEach((key, value) -> text.put(key, (value instanceof List) ? value : value.toString()));
		assertThat(CorsPolicy.fromDescription(text)).isEqualTo(policy);
	}

	@ParameterizedTest
	@MethodSource("policies")
	void aRebuiltPolicyDecidesLikeTheOriginal(CorsPolicy policy) {
		CorsPolicy rebuilt = CorsPolicy.fromDescription(policy.describe());
		for (CorsRequest request : List.of(CorsRequest.actual("GET", APP),
				CorsRequest.actual("GET", "https://a.example.com:3000"), CorsRequest.actual("GET", "null"),
				CorsRequest.preflight(APP, "PUT", "content-type, x-request-id"),
				new CorsRequest("OPTIONS", "http://localhost:5173", "PATCH", "x-a", "true"))) {
			CorsDecision original = policy.evaluate(request);
			CorsDecision copy = rebuilt.evaluate(request);
			assertThat(copy.outcome()).as("%s", request).isEqualTo(original.outcome());
			assertThat(copy.headers(request)).as("%s", request).isEqualTo(original.headers(request));
		}
	}

	static Stream<Arguments> policies() {
		return Stream.of(
				argumentSet("the default policy, which allows no origin", CorsPolicy.builder().build()),
				argumentSet("any origin", CorsPolicy.builder().allowAnyOrigin().exposedHeaders("*").build()),
				argumentSet("exact origins with credentials", CorsPolicy.builder()
					.allowedOrigins(APP, "http://localhost:3000")
					.allowedMethods("GET", "PUT")
					.allowedHeaders("Content-Type", "X-Request-ID")
					.exposedHeaders("ETag")
					.allowCredentials(true)
					.build()),
				argumentSet("patterns with port lists", CorsPolicy.builder()
					.allowedOriginPatterns("https://*.example.com:[*]", "http://localhost:[3000, 5173]")
					.build()),
				argumentSet("regexes", CorsPolicy.builder()
					.allowedOriginRegexes("https://[a-z0-9-]+\\.example\\.com", "https://app\\.example\\.org")
					.build()),
				argumentSet("a max-age", CorsPolicy.builder().allowedOrigins(APP).maxAge(Duration.ofMinutes(30)).build()),
				argumentSet("a max-age of zero", CorsPolicy.builder().allowedOrigins(APP).maxAge(Duration.ZERO).build()),
				argumentSet("any method and header with private network access and status 200", CorsPolicy.builder()
					.allowedOrigins(APP)
					.allowedMethods("*")
					.allowedHeaders("*")
					.allowPrivateNetwork(true)
					.preflightStatus(200)
					.build()),
				argumentSet("no methods", CorsPolicy.builder().allowedOrigins(APP).allowedMethods(List.of()).build()),
				argumentSet("the 'null' origin opted in", CorsPolicy.builder()
					.allowedOrigins(APP, "null")
					.dangerouslyAllowNullOrigin(true)
					.build()),
				argumentSet("Timing-Allow-Origin with exact origins and a pattern", CorsPolicy.builder()
					.allowedOrigins(APP)
					.allowedOriginPatterns("https://*.example.com:[*]")
					.timingAllowOrigin(true)
					.build()),
				argumentSet("Timing-Allow-Origin with any origin",
						CorsPolicy.builder().allowAnyOrigin().timingAllowOrigin(true).build()));
	}

	@Test
	void policiesBuiltFromEquivalentValuesAreEqual() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOrigins(APP)
			.allowedOriginPatterns("https://*.example.org")
			.allowedHeaders("x-request-id")
			.maxAge(Duration.ofSeconds(600))
			.build();
		CorsPolicy equivalent = CorsPolicy.builder()
			.allowedOrigins("HTTPS://APP.example.com", APP)
			.allowedOriginPatterns("HTTPS://*.Example.ORG")
			.allowedHeaders("X-Request-ID")
			.maxAge(Duration.ofMinutes(10))
			.build();
		assertThat(equivalent).isEqualTo(policy).hasSameHashCodeAs(policy);
		assertThat(equivalent.toString()).isEqualTo(policy.toString()).startsWith("CorsPolicy{allowed-origins=[" + APP);
	}

	@ParameterizedTest
	@MethodSource
	void policiesThatDifferInOneSettingAreNotEqual(CorsPolicy.Builder other) {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).build();
		assertThat(other.build()).isNotEqualTo(policy);
	}

	static Stream<Arguments> policiesThatDifferInOneSettingAreNotEqual() {
		return Stream.of(
				argumentSet("another origin", CorsPolicy.builder().allowedOrigins("https://admin.example.com")),
				argumentSet("a pattern", CorsPolicy.builder().allowedOrigins(APP).allowedOriginPatterns("https://*.a.com")),
				argumentSet("a regex", CorsPolicy.builder().allowedOrigins(APP).allowedOriginRegexes("https://a\\.com")),
				argumentSet("other methods", CorsPolicy.builder().allowedOrigins(APP).allowedMethods("GET")),
				argumentSet("allowed headers", CorsPolicy.builder().allowedOrigins(APP).allowedHeaders("x-a")),
				argumentSet("exposed headers", CorsPolicy.builder().allowedOrigins(APP).exposedHeaders("ETag")),
				argumentSet("a max-age", CorsPolicy.builder().allowedOrigins(APP).maxAge(Duration.ofSeconds(5))),
				argumentSet("credentials", CorsPolicy.builder().allowedOrigins(APP).allowCredentials(true)),
				argumentSet("private network access", CorsPolicy.builder().allowedOrigins(APP).allowPrivateNetwork(true)),
				argumentSet("another preflight status", CorsPolicy.builder().allowedOrigins(APP).preflightStatus(200)),
				argumentSet("the 'null' opt-in", CorsPolicy.builder().allowedOrigins(APP).dangerouslyAllowNullOrigin(true)),
				argumentSet("Timing-Allow-Origin", CorsPolicy.builder().allowedOrigins(APP).timingAllowOrigin(true)));
	}

	@Test
	void aPolicyIsNotEqualToSomethingElse() {
		CorsPolicy policy = CorsPolicy.builder().allowedOrigins(APP).build();
		assertThat(policy).isNotEqualTo(policy.describe()).isNotEqualTo(policy.toString());
	}

	@Test
	void aDescriptionIsRejectedLikeAnyOtherConfigurationWhenItIsInvalid() {
		Map<String, Object> description = new LinkedHashMap<>(CorsPolicy.builder().allowedOrigins(APP).build().describe());
		description.put("allowed-origins", List.of("https://app.example.com/"));
		description.put("allow-credentials", true);
		description.put("allowed-methods", List.of("*", "GET"));
		assertThat(catchThrowableOfType(InvalidCorsPolicyException.class, () -> CorsPolicy.fromDescription(description)))
			.extracting(InvalidCorsPolicyException::getProblems, list(PolicyProblem.class))
			.extracting(PolicyProblem::key)
			.containsExactly("allowed-origins[0]", "allowed-methods[0]");
	}

}
