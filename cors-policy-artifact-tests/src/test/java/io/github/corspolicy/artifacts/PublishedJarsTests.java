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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each published jar, as built: its module name, the licence, only its own classes and resources.
 */
class PublishedJarsTests {

	@ParameterizedTest
	@EnumSource(PublishedModule.class)
	void theJarDeclaresItsAutomaticModuleName(PublishedModule module) throws Exception {
		String name = BuiltArtifacts.manifest(BuiltArtifacts.jar(module)).getMainAttributes()
			.getValue("Automatic-Module-Name");
		assertThat(name).isEqualTo(module.moduleName());
	}

	@ParameterizedTest
	@EnumSource(PublishedModule.class)
	void theJarCarriesTheProjectsLicenceAndNotice(PublishedModule module) throws Exception {
		Path jar = BuiltArtifacts.jar(module);
		assertThat(BuiltArtifacts.read(jar, "META-INF/LICENSE"))
			.isEqualTo(Files.readAllBytes(BuiltArtifacts.ROOT.resolve("LICENSE")));
		assertThat(BuiltArtifacts.read(jar, "META-INF/NOTICE"))
			.isEqualTo(Files.readAllBytes(BuiltArtifacts.ROOT.resolve("NOTICE")));
		assertThat(new String(BuiltArtifacts.read(jar, "META-INF/LICENSE"), "UTF-8"))
			.contains("Apache License", "Version 2.0, January 2004");
	}

	@ParameterizedTest
	@EnumSource(PublishedModule.class)
	void theJarHoldsOnlyClassesInPackagesOfItsModuleName(PublishedModule module) throws Exception {
		List<String> packages = classPackages(BuiltArtifacts.jar(module));
		assertThat(packages).as("packages with classes").isNotEmpty();
		assertThat(packages).as("packages outside %s (a shaded dependency?)", module.moduleName())
			.allMatch(module::owns);
	}

	@ParameterizedTest
	@EnumSource(PublishedModule.class)
	void theJarHoldsNoTestClassAndNoTestResource(PublishedModule module) throws Exception {
		List<String> entries = BuiltArtifacts.entries(BuiltArtifacts.jar(module));
		// a test package-info of a package the jar has too compiles to the main one's name
		List<String> testClasses = BuiltArtifacts.sourceFiles(module, "src/test/java").stream()
			.filter((source) -> !source.endsWith("/package-info.java"))
			.map((source) -> source.replaceFirst("\\.java$", ".class")).toList();
		List<String> testResources = BuiltArtifacts.sourceFiles(module, "src/test/resources");
		assertThat(testClasses).as("test sources of %s", module).isNotEmpty();
		assertThat(entries).as("test classes").noneMatch((entry) -> entry.matches(".*Tests(\\$.*)?\\.class"))
			.doesNotContainAnyElementsOf(testClasses);
		assertThat(entries).as("test resources").noneMatch(testResources::contains);
	}

	@Test
	void noPackageIsInTwoPublishedJars() throws Exception {
		Map<String, PublishedModule> owners = new HashMap<>();
		for (PublishedModule module : PublishedModule.values()) {
			for (String name : classPackages(BuiltArtifacts.jar(module))) {
				PublishedModule other = owners.putIfAbsent(name, module);
				assertThat(other).as("package %s is in %s and in %s", name, other, module).isNull();
			}
		}
	}

	private static List<String> classPackages(Path jar) throws Exception {
		return BuiltArtifacts.entries(jar).stream().filter((entry) -> entry.endsWith(".class"))
			.filter((entry) -> !entry.startsWith("META-INF/"))
			.map((entry) -> entry.substring(0, Math.max(entry.lastIndexOf('/'), 0)).replace('/', '.'))
			.distinct().toList();
	}

}
