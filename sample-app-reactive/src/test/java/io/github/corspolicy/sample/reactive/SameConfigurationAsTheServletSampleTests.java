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
package io.github.corspolicy.sample.reactive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both samples ship the same settings: every {@code cors.*}, {@code sample.*},
 * {@code management.*} and {@code server.*} key of application.yml and application-prod.yml has the
 * same value in sample-app, so that a change to one that forgets the other fails here.
 */
class SameConfigurationAsTheServletSampleTests {

	/** sample-app's src/main/resources, set by this module's pom. */
	private static final Path SERVLET_SAMPLE = Path.of(System.getProperty("sample-app.resources",
			"../sample-app/src/main/resources"));

	@ParameterizedTest
	@ValueSource(strings = { "application.yml", "application-prod.yml" })
	void everySharedKeyHasTheServletSamplesValue(String file) throws IOException {
		Map<String, String> reactive = properties(new ClassPathResource(file));
		Map<String, String> servlet = properties(new FileSystemResource(SERVLET_SAMPLE.resolve(file)));
		assertThat(shared(reactive)).isNotEmpty().isEqualTo(shared(servlet));
	}

	@Test
	void onlyTheApplicationNameTellsThemApart() throws IOException {
		Map<String, String> reactive = properties(new ClassPathResource("application.yml"));
		Map<String, String> servlet = properties(new FileSystemResource(SERVLET_SAMPLE.resolve("application.yml")));
		assertThat(reactive).containsEntry("spring.application.name", "cors-policy-sample-reactive")
			.containsEntry("server.port", "8080");
		assertThat(servlet).containsEntry("spring.application.name", "cors-policy-sample");
		reactive.remove("spring.application.name");
		servlet.remove("spring.application.name");
		assertThat(reactive).isEqualTo(servlet);
	}

	private static Map<String, String> shared(Map<String, String> properties) {
		Map<String, String> shared = new TreeMap<>(properties);
		shared.keySet()
			.removeIf((key) -> Stream.of("cors.", "sample.", "management.", "server.").noneMatch(key::startsWith));
		return shared;
	}

	private static Map<String, String> properties(Resource yaml) throws IOException {
		assertThat(yaml.exists()).as(yaml.getDescription()).isTrue();
		Map<String, String> properties = new TreeMap<>();
		for (PropertySource<?> source : new YamlPropertySourceLoader().load(yaml.getFilename(), yaml)) {
			EnumerablePropertySource<?> enumerable = (EnumerablePropertySource<?>) source;
			for (String name : enumerable.getPropertyNames()) {
				properties.put(name, String.valueOf(enumerable.getProperty(name)));
			}
		}
		return properties;
	}

}
