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

import java.util.List;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code -Prelease}, each published jar has a sources jar with every main source file and a
 * javadoc jar (its doclint checks passed, or the build would have stopped before this module).
 */
@EnabledIfSystemProperty(named = "corspolicy.release", matches = "true",
		disabledReason = "the sources and javadoc jars are built with -Prelease only")
class ReleaseJarsTests {

	@ParameterizedTest
	@EnumSource(PublishedModule.class)
	void theSourcesJarHoldsEveryMainSourceFileAndTheLicence(PublishedModule module) throws Exception {
		List<String> entries = BuiltArtifacts.entries(BuiltArtifacts.jar(module, "sources"));
		List<String> sources = BuiltArtifacts.sourceFiles(module, "src/main/java");
		assertThat(sources).isNotEmpty();
		assertThat(entries).containsAll(sources).contains("META-INF/LICENSE")
			.noneMatch((entry) -> entry.endsWith("Tests.java"));
	}

	@ParameterizedTest
	@EnumSource(PublishedModule.class)
	void theJavadocJarHasAnIndexAndAPagePerPackage(PublishedModule module) throws Exception {
		List<String> entries = BuiltArtifacts.entries(BuiltArtifacts.jar(module, "javadoc"));
		List<String> packagePages = BuiltArtifacts.sourceFiles(module, "src/main/java").stream()
			.filter((source) -> source.endsWith("/package-info.java"))
			.map((source) -> source.replace("package-info.java", "package-summary.html")).toList();
		assertThat(packagePages).isNotEmpty();
		assertThat(entries).contains("index.html");
		// javadoc documents the jar as the module its Automatic-Module-Name declares: one directory more
		assertThat(packagePages).allSatisfy((page) -> assertThat(entries).containsAnyOf(page,
				module.moduleName() + "/" + page));
	}

}
