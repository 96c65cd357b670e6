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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KnownPropertiesTests {

	private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

	private final KnownProperties known = KnownProperties.of(CorsPolicyProperties.class);

	@Test
	void theKnownKeysAreExactlyThePropertiesOfTheConfigurationMetadata() throws IOException {
		assertThat(METADATA).as("run the compiler first: the configuration processor writes it").exists();
		List<String> metadata = JsonPath.read(Files.readString(METADATA), "$.properties[*].name");
		// the metadata has a list of mappings as one property, cors.mappings
		List<String> known = this.known.templates().stream()
			.map((key) -> key.contains("[*]") ? key.substring(0, key.indexOf("[*]")) : key)
			.distinct()
			.toList();
		assertThat(known).containsExactlyInAnyOrderElementsOf(
				metadata.stream().filter((name) -> name.startsWith("cors.")).toList());
	}

	@Test
	void everyMappingKeyIsAPolicyKeyOrOneOfTheMappingsOwn() {
		List<String> mappingKeys = this.known.templates().stream()
			.filter((key) -> key.startsWith("cors.mappings[*]."))
			.map((key) -> key.substring("cors.mappings[*].".length()))
			.toList();
		assertThat(mappingKeys).contains("path-patterns", "name", "enabled", "allowed-origins", "max-age")
			.doesNotContain("filter-order", "mappings", "unknown-properties");
	}

	@ParameterizedTest(name = "{0} is {1} edits from {2}")
	@CsvSource(textBlock = """
			enabeld,      1, enabled
			alowed,       1, allowed
			header,       1, headers
			origins,      0, origins
			'',           4, name
			filterordr,   1, filterorder
			""")
	void editDistanceCountsASwapOfNeighboursAsOneEdit(String a, int distance, String b) {
		assertThat(EditDistance.between(a, b)).isEqualTo(distance);
		assertThat(EditDistance.between(b, a)).isEqualTo(distance);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			cors.alowedorigins,                  cors.allowed-origins
			cors.allowed.origin,                 cors.allowed-origins
			cors.mappings[2].nme,                cors.mappings[2].name
			cors.mappings[0].alowedorigins[3],   cors.mappings[0].allowed-origins[3]
			cors.pathpatterns,                   cors.mappings[0].path-patterns
			cors.origins,
			cors.proxy.url,
			cors.mappings[0].x,
			""")
	void nearestKeyIsOfferedOnlyWhenClose(String uniformName, String expected) {
		List<String> indexes = java.util.regex.Pattern.compile("\\[(\\d+)\\]").matcher(uniformName).results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(this.known.nearest(uniformName, indexes)).isEqualTo(Optional.ofNullable(expected));
	}

}
