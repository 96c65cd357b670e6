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
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.convert.DurationStyle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.corspolicy.core.PolicyDefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The defaults an IDE shows (the configuration metadata, generated and hand-written) and the README's
 * property table are the core's: each constant of {@link PolicyDefaults} has its {@code cors.*}
 * entry, with the same value.
 */
class PolicyDefaultsMetadataTests {

	private static final String GENERATED = "META-INF/spring-configuration-metadata.json";

	private static final String ADDITIONAL = "META-INF/additional-spring-configuration-metadata.json";

	static Stream<Arguments> defaults() throws IllegalAccessException {
		List<Arguments> rows = new ArrayList<>();
		for (Field field : PolicyDefaults.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				String key = "cors." + field.getName().toLowerCase(Locale.ROOT).replace('_', '-');
				for (String file : List.of(GENERATED, ADDITIONAL)) {
					rows.add(argumentSet(key + " in " + file, file, key, field.get(null)));
				}
				rows.add(argumentSet(key + " in the README", "README", key, field.get(null)));
			}
		}
		return rows.stream();
	}

	@ParameterizedTest
	@MethodSource("defaults")
	void theMetadataShowsTheCoreDefault(String file, String key, Object coreDefault) throws IOException {
		Object shown = file.equals("README") ? readmeDefault(key, coreDefault) : metadataDefault(file, key, coreDefault);
		assertThat(shown).as("the default of %s in %s", key, file).isEqualTo(coreDefault);
	}

	private static Object metadataDefault(String file, String key, Object coreDefault) throws IOException {
		JsonNode defaultValue = defaultValue(file, key);
		assertThat(defaultValue).as("the default of %s in %s", key, file).isNotNull();
		return asJava(defaultValue, coreDefault);
	}

	/** The Default column of the README's property table, such as {@code `GET, HEAD, POST`}. */
	private static Object readmeDefault(String key, Object coreDefault) throws IOException {
		String prefix = "| `" + key + "` |";
		String row = Files.readAllLines(Path.of("..", "README.md")).stream()
			.filter((line) -> line.startsWith(prefix))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the README's property table has no row for " + key));
		String shown = row.split("\\|")[3].strip().replace("`", "");
		JsonNode value = (coreDefault instanceof List<?>) ? JSON.valueToTree(List.of(shown.split(",\\s*")))
				: JSON.valueToTree(shown);
		return asJava(value, coreDefault);
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Object asJava(JsonNode value, Object like) {
		if (like instanceof Duration) {
			return DurationStyle.detectAndParse(value.asString(), ChronoUnit.SECONDS);
		}
		if (like instanceof List<?>) {
			List<String> values = new ArrayList<>();
			value.forEach((item) -> values.add(item.asString()));
			return values;
		}
		if (like instanceof Boolean) {
			return value.isBoolean() ? value.asBoolean() : Boolean.valueOf(value.asString());
		}
		return value.isInt() ? value.asInt() : Integer.valueOf(value.asString());
	}

	private static JsonNode defaultValue(String file, String key) throws IOException {
		try (InputStream in = PolicyDefaultsMetadataTests.class.getClassLoader().getResourceAsStream(file)) {
			assertThat(in).as(file).isNotNull();
			for (JsonNode property : JSON.readTree(in).get("properties")) {
				if (property.get("name").asString().equals(key) && property.has("defaultValue")) {
					return property.get("defaultValue");
				}
			}
			return null;
		}
	}

}
