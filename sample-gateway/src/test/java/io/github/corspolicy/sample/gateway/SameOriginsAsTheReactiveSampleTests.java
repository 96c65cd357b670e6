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
package io.github.corspolicy.sample.gateway;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway ships the samples' policy and demo settings: every {@code cors.*},
 * {@code sample.demo-token}, {@code sample.front-end.*} and {@code management.*} key of its
 * application.yml has the value it has in sample-app-reactive's, so that the page works the same
 * against either, and a change to one that forgets the other fails here.
 */
class SameOriginsAsTheReactiveSampleTests {

	/** sample-app-reactive's src/main/resources, set by this module's pom. */
	private static final Path REACTIVE_SAMPLE = Path.of(System.getProperty("sample-app-reactive.resources",
			"../sample-app-reactive/src/main/resources"));

	@Test
	void theCorsPolicyAndTheDemoSettingsAreTheReactiveSamples() throws IOException {
		Map<String, String> gateway = properties(new ClassPathResource("application.yml"));
		Map<String, String> sample = properties(new FileSystemResource(REACTIVE_SAMPLE.resolve("application.yml")));
		assertThat(shared(gateway)).containsKey("cors.allowed-origins[0]").isEqualTo(shared(sample));
	}

	@Test
	void theGatewayListensOn8081InFrontOfTheSampleApiOn8080() throws IOException {
		Map<String, String> gateway = properties(new ClassPathResource("application.yml"));
		Map<String, String> sample = properties(new FileSystemResource(REACTIVE_SAMPLE.resolve("application.yml")));
		assertThat(gateway).containsEntry("server.port", "8081")
			.containsEntry("sample.upstream", "http://localhost:" + sample.get("server.port"));
	}

	@Test
	void nothingButCorsIsConfiguredAboutCors() throws IOException {
		Map<String, String> gateway = properties(new ClassPathResource("application.yml"));
		assertThat(gateway.keySet()).noneMatch((key) -> key.contains("globalcors") || key.contains(".cors"));
		assertThat(gateway.values()).noneMatch((value) -> value.contains("DedupeResponseHeader"));
	}

	private static Map<String, String> shared(Map<String, String> properties) {
		Map<String, String> shared = new TreeMap<>(properties);
		shared.keySet()
			.removeIf((key) -> !key.startsWith("cors.") && !key.startsWith("management.")
					&& !key.startsWith("sample.front-end.") && !key.equals("sample.demo-token"));
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
