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
package io.github.corspolicy.doctor.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.browser.BrowserResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Which CORS headers count as duplicated: the single-valued ones with more than one value, on
 * several lines or folded into one; never the lists, which two layers may each add to.
 */
class DuplicatedHeaderTests {

	private static final String APP = "https://app.example.com";

	static Stream<Arguments> responses() {
		return Stream.of(
				argumentSet("Access-Control-Allow-Origin on two lines",
						response("Access-Control-Allow-Origin", "*", "Access-Control-Allow-Origin", APP),
						Map.of("Access-Control-Allow-Origin", List.of("*", APP))),
				argumentSet("equal values folded into one line", response("Access-Control-Allow-Origin", APP + ", " + APP),
						Map.of("Access-Control-Allow-Origin", List.of(APP, APP))),
				argumentSet("Access-Control-Allow-Credentials twice",
						response("Access-Control-Allow-Credentials", "true", "Access-Control-Allow-Credentials", "true"),
						Map.of("Access-Control-Allow-Credentials", List.of("true", "true"))),
				argumentSet("Access-Control-Max-Age twice", response("Access-Control-Max-Age", "600", "Access-Control-Max-Age", "60"),
						Map.of("Access-Control-Max-Age", List.of("600", "60"))),
				argumentSet("one value each", response("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials",
						"true", "Access-Control-Max-Age", "600"), Map.of()),
				argumentSet("the lists repeated by two layers", response("Access-Control-Allow-Methods", "GET",
						"Access-Control-Allow-Methods", "PUT", "Access-Control-Allow-Headers", "a, b", "Access-Control-Allow-Headers",
						"c", "Access-Control-Expose-Headers", "ETag", "Access-Control-Expose-Headers", "ETag", "Vary", "Origin",
						"Vary", "Origin"), Map.of()));
	}

	@ParameterizedTest
	@MethodSource("responses")
	void onlySingleValuedCorsHeadersWithMoreThanOneValueCount(BrowserResponse response, Map<String, List<String>> expected) {
		assertThat(DuplicatedHeader.in(response)).extracting(DuplicatedHeader::name, DuplicatedHeader::values)
			.containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
				.map((entry) -> tuple(entry.getKey(), entry.getValue()))
				.toList());
	}

	private static BrowserResponse response(String... namesAndValues) {
		return BrowserResponse.of(200, namesAndValues);
	}

}
