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
package io.github.corspolicy.spring.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.live.CorsOriginEntry;
import io.github.corspolicy.spring.live.LivePolicyBuilder;
import io.github.corspolicy.spring.mapping.CorsMappings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot built from the properties, bound afresh, and the sources' entries.
 */
class LiveMappingsBuilderTests {

	private final StandardEnvironment environment = new StandardEnvironment();

	private final Map<String, Object> properties = new LinkedHashMap<>(Map.of(
			"cors.allowed-origins", "https://app.example.com,https://old.example.com",
			"cors.mappings[0].name", "partners", "cors.mappings[0].path-patterns", "/partners/**",
			"cors.mappings[0].allow-credentials", "true", "cors.mappings[0].allowed-origins",
			"https://partner.example.com", "cors.mappings[1].path-patterns", "/unnamed/**",
			"cors.mappings[2].name", "off", "cors.mappings[2].path-patterns", "/off/**", "cors.mappings[2].enabled",
			"false"));

	LiveMappingsBuilderTests() {
		this.environment.getPropertySources().addFirst(new MapPropertySource("test", this.properties));
	}

	static Stream<Arguments> validEntries() {
		return Stream.of(
				Arguments.argumentSet("an exact origin for the top level", null, "exact", "https://t.example.com",
						"https://t.example.com", "/api", true),
				Arguments.argumentSet("an exact origin for a mapping, not on other paths", "partners", "exact",
						"https://p2.example.com", "https://p2.example.com", "/api", false),
				Arguments.argumentSet("an exact origin for a mapping, on its paths", "partners", "exact",
						"https://p2.example.com", "https://p2.example.com", "/partners/x", true),
				Arguments.argumentSet("a pattern", null, "pattern", "https://*.preview.example.com",
						"https://pr-1.preview.example.com", "/api", true),
				Arguments.argumentSet("a regex, inherited by a mapping that sets none", null, "regex",
						"https://t-[0-9]+\\.example\\.com", "https://t-7.example.com", "/partners/x", true),
				Arguments.argumentSet("a mapping without a name, by its default name", "mappings[1]", "exact",
						"https://t.example.com", "https://t.example.com", "/unnamed/x", true),
				Arguments.argumentSet("an entry for a mapping that inherits, not on the top level", "mappings[1]",
						"exact", "https://t.example.com", "https://t.example.com", "/api", false));
	}

	@ParameterizedTest
	@MethodSource("validEntries")
	void anEntryJoinsTheListOfItsKindInTheMappingItNames(@Nullable String mapping, String kind, String value,
			String origin, String path, boolean allowed) {
		LivePolicyBuilder.Result result = build(new CorsOriginEntry("1", mapping, kind, value));
		assertThat(result.problems()).isEmpty();
		assertThat(result.skipped()).isEmpty();
		assertThat(allows(result.mappings(), path, origin)).isEqualTo(allowed);
	}

	static Stream<Arguments> invalidEntries() {
		return Stream.of(
				Arguments.argumentSet("an origin with a path", null, "exact", "https://bad.example.com/x", "path"),
				Arguments.argumentSet("a pattern without a scheme", null, "pattern", "*.example.com", "scheme"),
				Arguments.argumentSet("a public-suffix pattern with credentials", "partners", "pattern",
						"https://*.com", "cors.mappings[0].allow-credentials"),
				Arguments.argumentSet("a regex with credentials that matches every site", "partners", "regex",
						"https://.*", "cors.mappings[0].allow-credentials"),
				Arguments.argumentSet("an empty origin", null, "exact", "", "empty"),
				Arguments.argumentSet("any origin", null, "exact", "*", "every origin"),
				Arguments.argumentSet("a disabled mapping", "off", "exact", "https://t.example.com",
						"switched off"),
				Arguments.argumentSet("an unknown mapping", "nope", "exact", "https://t.example.com", "partners"),
				Arguments.argumentSet("an unknown kind", null, "EXACT", "https://t.example.com", "unknown kind"),
				Arguments.argumentSet("a placeholder is a value like any other", null, "exact", "${HOME}", "scheme"));
	}

	@ParameterizedTest
	@MethodSource("invalidEntries")
	void anInvalidEntryIsSkippedWithItsProblemAndFixWhileTheOthersApply(@Nullable String mapping, String kind,
			String value, String problem) {
		LivePolicyBuilder.Result result = build(new CorsOriginEntry("bad", mapping, kind, value),
				new CorsOriginEntry("good", null, "exact", "https://good.example.com"));
		assertThat(result.problems()).isEmpty();
		assertThat(result.skipped()).singleElement().satisfies((skipped) -> {
			assertThat(skipped.source()).isEqualTo("store");
			assertThat(skipped.id()).isEqualTo("bad");
			assertThat(skipped.value()).isEqualTo(value);
			assertThat(skipped.problem()).containsIgnoringCase(problem);
			assertThat(skipped.fix()).isNotBlank();
		});
		assertThat(allows(result.mappings(), "/api", "https://good.example.com")).isTrue();
	}

	@Test
	void anOriginRemovedFromAPropertyListIsGoneFromTheNextSnapshot() {
		assertThat(allows(build().mappings(), "/api", "https://old.example.com")).isTrue();
		this.properties.put("cors.allowed-origins", "https://app.example.com");
		CorsMappings next = build().mappings();
		assertThat(allows(next, "/api", "https://old.example.com")).isFalse();
		assertThat(allows(next, "/api", "https://app.example.com")).isTrue();
	}

	@Test
	void propertiesInvalidAsAWholeRefuseTheSnapshotWithTheStartUpReport() {
		this.properties.put("cors.allowed-origins", "https://app.example.com/");
		this.properties.put("cors.max-age", "-5s");
		LivePolicyBuilder.Result result = build(new CorsOriginEntry("1", null, "exact", "https://t.example.com"));
		assertThat(result.mappings()).isNull();
		assertThat(result.problems()).hasSize(2)
			.anySatisfy((problem) -> assertThat(problem).startsWith("cors.allowed-origins[0]='https://app.example.com/'")
				.contains("; fix: "))
			.anySatisfy((problem) -> assertThat(problem).startsWith("cors.max-age='-5s'"));
	}

	@Test
	void aHundredThousandExactOriginsBuildIntoOneSnapshot() {
		List<CorsOriginEntry> entries = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			entries.add(new CorsOriginEntry(String.valueOf(i), null, "exact", "https://tenant-" + i + ".example.com"));
		}
		LiveMappingsBuilder builder = new LiveMappingsBuilder(this.environment);
		builder.build(Map.of("store", entries)); // warm-up
		long start = System.nanoTime();
		LivePolicyBuilder.Result result = builder.build(Map.of("store", entries));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(result.skipped()).isEmpty();
		assertThat(allows(result.mappings(), "/api", "https://tenant-99999.example.com")).isTrue();
		assertThat(allows(result.mappings(), "/api", "https://tenant-100000.example.com")).isFalse();
		System.out.println("Live snapshot of 100,000 exact origins built in " + millis + " ms");
	}

	private LivePolicyBuilder.Result build(CorsOriginEntry... entries) {
		return new LiveMappingsBuilder(this.environment).build(Map.of("store", List.of(entries)));
	}

	private static boolean allows(@Nullable CorsMappings mappings, String path, String origin) {
		assertThat(mappings).as("a valid snapshot").isNotNull();
		return mappings.resolve(path).evaluate(CorsRequest.actual("GET", origin)).rejection() == null;
	}

}
