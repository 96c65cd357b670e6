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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Keeps the documentation honest. Every {@code yaml} block of the README and of {@code docs/*.md}
 * is bound to the starter's properties and built into a policy, as an application would at start-up:
 * a documented example that does not work, or that misspells a key, fails the build. A block whose first line is
 * {@code # invalid} shows a mistake on purpose, and must keep failing with the configuration report.
 */
class DocumentationExamplesTests {

	/** Tests run in the module directory; the documentation lives in the project root. */
	private static final Path PROJECT_ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Path README = PROJECT_ROOT.resolve("README.md");

	private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

	private static final String INVALID_MARKER = "# invalid";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPropertiesCheckAutoConfiguration.class,
				CorsPolicyAutoConfiguration.class));

	@ParameterizedTest(name = "{0}")
	@MethodSource("yamlBlocks")
	void documentedExampleStartsTheApplicationUnlessMarkedInvalid(YamlBlock block) {
		this.runner.withInitializer((context) -> load(block, context.getEnvironment().getPropertySources()))
			.run((context) -> {
				if (block.invalid()) {
					assertThat(context).as("%s is marked '# invalid' but starts", block).hasFailed();
					assertThat(context.getStartupFailure()).as(block.toString())
						.hasRootCauseInstanceOf(InvalidCorsConfigurationException.class);
				}
				else {
					assertThat(context).as(block.toString()).hasNotFailed();
				}
			});
	}

	@Test
	void misspeltKeyInAnExampleFailsTheTestUnlessMarkedInvalid() {
		YamlBlock misspelt = new YamlBlock("example.md", 1, "cors:\n  alowed-origins: https://app.example.com\n");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> documentedExampleStartsTheApplicationUnlessMarkedInvalid(misspelt))
			.withMessageContaining("example.md:1");
		documentedExampleStartsTheApplicationUnlessMarkedInvalid(
				new YamlBlock("example.md", 1, INVALID_MARKER + "\n" + misspelt.yaml()));
	}

	@Test
	void theDocumentationHasExamplesOfBothKinds() {
		List<YamlBlock> blocks = yamlBlocks().toList();
		assertThat(blocks).anyMatch(YamlBlock::invalid).anyMatch((block) -> !block.invalid());
	}

	@Test
	void everyPropertyOfTheConfigurationMetadataIsInTheReadmeTable() throws IOException {
		assertThat(METADATA).as("run the compiler first: the configuration processor writes it").exists();
		List<String> names = JsonPath.read(Files.readString(METADATA), "$.properties[*].name");
		Set<String> documented = readmePropertyTable();
		assertThat(names.stream().filter((name) -> name.startsWith("cors.")))
			.isNotEmpty()
			.allSatisfy((name) -> assertThat(documented).as("README property table").contains(name));
	}

	@Test
	void everyPropertyInTheReadmeTableExists() throws IOException {
		List<String> names = JsonPath.read(Files.readString(METADATA), "$.properties[*].name");
		assertThat(readmePropertyTable()).filteredOn((name) -> !name.contains("[i]"))
			.allSatisfy((name) -> assertThat(names).as("configuration metadata").contains(name));
	}

	static Stream<YamlBlock> yamlBlocks() {
		List<Path> files = new ArrayList<>();
		files.add(README);
		try (Stream<Path> docs = Files.list(PROJECT_ROOT.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files.stream().flatMap(DocumentationExamplesTests::blocksOf);
	}

	private static Stream<YamlBlock> blocksOf(Path file) {
		List<String> lines = readLines(file);
		List<YamlBlock> blocks = new ArrayList<>();
		String name = PROJECT_ROOT.relativize(file).toString().replace('\\', '/');
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().equals("```yaml")) {
				int start = i + 1;
				int end = start;
				while (end < lines.size() && !lines.get(end).strip().equals("```")) {
					end++;
				}
				blocks.add(new YamlBlock(name, start + 1, String.join("\n", lines.subList(start, end)) + "\n"));
				i = end;
			}
		}
		return blocks.stream();
	}

	/**
	 * Adds the block's documents ahead of every other property source, later documents first as in
	 * a YAML file, and removes the system environment so that placeholders such as
	 * {@code ${FRONTEND_ORIGINS:}} resolve to their defaults whatever the machine has set.
	 */
	private static void load(YamlBlock block, MutablePropertySources sources) {
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		try {
			List<PropertySource<?>> documents = new YamlPropertySourceLoader().load(block.toString(),
					new ByteArrayResource(block.yaml().getBytes(StandardCharsets.UTF_8)));
			documents.forEach(sources::addFirst);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The property names in the first column of the README's table, such as {@code cors.enabled}. */
	private static Set<String> readmePropertyTable() {
		Set<String> names = new TreeSet<>();
		for (String line : readLines(README)) {
			if (line.startsWith("| `cors.")) {
				names.add(line.substring(3, line.indexOf('`', 3)));
			}
		}
		return names;
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One fenced {@code yaml} block.
	 * @param file the file, relative to the project root
	 * @param line the line of the block's first YAML line
	 * @param yaml the block's content
	 */
	record YamlBlock(String file, int line, String yaml) {

		boolean invalid() {
			return this.yaml.lines().findFirst().map(String::strip).filter(INVALID_MARKER::equals).isPresent();
		}

		@Override
		public String toString() {
			return this.file + ":" + this.line + (invalid() ? " (invalid)" : "");
		}

	}

}
