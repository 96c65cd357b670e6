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
package io.github.corspolicy.artifacts;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's jar has what Spring Boot reads before it loads a class: the auto-configuration
 * imports, the metadata the auto-configure processor writes from their conditions, and the
 * configuration metadata IDEs read.
 */
class StarterJarTests {

	private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	@Test
	void everyImportedAutoConfigurationIsAClassOfTheJar() throws Exception {
		Path jar = BuiltArtifacts.jar(PublishedModule.STARTER);
		List<String> imports = imports(jar);
		assertThat(imports).as(IMPORTS).isNotEmpty();
		assertThat(BuiltArtifacts.entries(jar)).as("classes of the jar")
			.containsAll(imports.stream().map((name) -> name.replace('.', '/') + ".class").toList());
	}

	@Test
	void theAutoConfigureMetadataNamesEveryImportedAutoConfiguration() throws Exception {
		Path jar = BuiltArtifacts.jar(PublishedModule.STARTER);
		Properties metadata = new Properties();
		metadata.load(new StringReader(text(jar, "META-INF/spring-autoconfigure-metadata.properties")));
		assertThat(metadata.stringPropertyNames()).as("spring-autoconfigure-metadata.properties")
			.containsAll(imports(jar));
		assertThat(metadata).containsEntry(
				"io.github.corspolicy.spring.autoconfigure.CorsPolicyEndpointAutoConfiguration.AutoConfigureAfter",
				"io.github.corspolicy.spring.autoconfigure.CorsPolicyAutoConfiguration");
	}

	@Test
	void theConfigurationMetadataDescribesTheCorsProperties() throws Exception {
		String metadata = text(BuiltArtifacts.jar(PublishedModule.STARTER), "META-INF/spring-configuration-metadata.json");
		assertThat(metadata).contains("\"name\": \"cors.allowed-origins\"", "\"name\": \"cors.sources.jdbc.enabled\"");
	}

	private static List<String> imports(Path jar) throws Exception {
		return text(jar, IMPORTS).lines().map(String::trim)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#")).toList();
	}

	private static String text(Path jar, String entry) throws Exception {
		return new String(BuiltArtifacts.read(jar, entry), StandardCharsets.UTF_8);
	}

}
