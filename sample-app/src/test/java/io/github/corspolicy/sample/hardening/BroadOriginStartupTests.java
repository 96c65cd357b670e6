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
package io.github.corspolicy.sample.hardening;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.corspolicy.sample.SampleApplication;
import io.github.corspolicy.spring.autoconfigure.ConfigurationProblem;
import io.github.corspolicy.spring.autoconfigure.InvalidCorsConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Origin settings that would let other people's sites act as the signed-in user stop the sample at
 * start-up when credentials are on: regexes that match every origin or unrelated domains, and
 * wildcards over a public suffix of the Public Suffix List, whatever its depth.
 */
class BroadOriginStartupTests {

	static Stream<Arguments> broadOrigins() {
		return Stream.of(
				Arguments.of("allowed-origin-regexes[0]", ".*"),
				Arguments.of("allowed-origin-regexes[0]", "https://.+"),
				Arguments.of("allowed-origin-regexes[0]", "https?://.*"),
				Arguments.of("allowed-origin-regexes[0]", "(?s).*"),
				Arguments.of("allowed-origin-regexes[0]", "https://[a-z0-9.-]+"),
				Arguments.of("allowed-origin-regexes[0]", "https://.*example\\.com"),
				Arguments.of("allowed-origin-regexes[0]", "https://[a-z0-9-]+\\.vercel\\.app"),
				Arguments.of("allowed-origin-regexes[0]", "https://[a-z]+\\.(com|org|net)"),
				Arguments.of("allowed-origin-patterns[0]", "https://*.s3.amazonaws.com"),
				Arguments.of("allowed-origin-patterns[0]", "https://*.uc.r.appspot.com"),
				Arguments.of("allowed-origin-patterns[0]", "https://*.a.run.app"),
				Arguments.of("allowed-origin-patterns[0]", "https://*.execute-api.us-east-1.amazonaws.com"),
				Arguments.of("allowed-origin-patterns[0]", "https://*.co.uk"),
				Arguments.of("allowed-origin-patterns[0]", "https://*.github.io"));
	}

	@ParameterizedTest(name = "cors.{0}={1}")
	@MethodSource("broadOrigins")
	void aBroadOriginWithCredentialsStopsTheSample(String setting, String value) {
		Throwable failure = catchThrowable(() -> start("cors." + setting + "=" + value));
		assertThat(failure).hasRootCauseInstanceOf(InvalidCorsConfigurationException.class);
		InvalidCorsConfigurationException cause = (InvalidCorsConfigurationException) rootCause(failure);
		assertThat(cause.getProblems()).extracting(ConfigurationProblem::property).contains("cors." + setting);
	}

	@ParameterizedTest(name = "cors.{0}={1}")
	@MethodSource("ownDomains")
	void originsUnderOneOwnDomainStillStart(String setting, String value) {
		try (ConfigurableApplicationContext context = start("cors." + setting + "=" + value)) {
			assertThat(context.isActive()).isTrue();
		}
	}

	static Stream<Arguments> ownDomains() {
		return Stream.of(Arguments.of("allowed-origin-regexes[0]", "https://[a-z0-9-]+\\.preview\\.example\\.com"),
				Arguments.of("allowed-origin-regexes[0]", "https://(app|admin)\\.example\\.com"),
				Arguments.of("allowed-origin-patterns[0]", "https://*.mybucket.s3.amazonaws.com"),
				Arguments.of("allowed-origin-patterns[0]", "https://*.example.co.uk"));
	}

	private static ConfigurableApplicationContext start(String origins) {
		// command-line arguments, which win over the sample's application.yml, as a deployment's would
		List<String> arguments = List.of("--server.port=0", "--sample.front-end.enabled=false",
				"--cors.allowed-origins=https://app.example.com", "--cors.allow-credentials=true", "--" + origins);
		return new SpringApplicationBuilder(SampleApplication.class).run(arguments.toArray(String[]::new));
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
