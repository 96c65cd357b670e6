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
package io.github.corspolicy.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Every module's built jar declares a stable {@code Automatic-Module-Name}, so that a modular
 * application can require it. This module builds last in the reactor, so the other jars exist by
 * the time its tests run (on CI a missing jar fails the test; locally it skips it, as the sample's
 * tests do). The doctor's own jar is shaded after its tests; its shade configuration sets the name.
 */
class ModuleNamesTests {

	static Stream<Arguments> modules() {
		return Stream.of(argumentSet("the core", "cors-policy-core", "io.github.corspolicy.core"),
				argumentSet("the starter", "cors-policy-spring-boot-starter", "io.github.corspolicy.spring"),
				argumentSet("the test support", "cors-policy-test", "io.github.corspolicy.test"),
				argumentSet("the sample", "sample-app", "io.github.corspolicy.sample"),
				argumentSet("the reactive sample", "sample-app-reactive", "io.github.corspolicy.sample.reactive"),
				argumentSet("the sample gateway", "sample-gateway", "io.github.corspolicy.sample.gateway"),
				argumentSet("the samples' front end", "sample-front-end", "io.github.corspolicy.sample.frontend"),
				argumentSet("the benchmarks", "cors-policy-benchmarks", "io.github.corspolicy.benchmarks"));
	}

	@ParameterizedTest
	@MethodSource("modules")
	void theBuiltJarDeclaresItsModuleName(String module, String moduleName) throws IOException {
		String version = System.getProperty("corspolicy.version", "0.1.0-SNAPSHOT");
		Path jar = Paths.get("..", module, "target", module + "-" + version + ".jar");
		if (!Files.isRegularFile(jar)) {
			String message = jar.toAbsolutePath().normalize() + " is missing: run mvn -B -o verify on all modules";
			if ("true".equals(System.getenv("CI"))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message);
		}
		try (JarFile file = new JarFile(jar.toFile())) {
			assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(moduleName);
		}
	}

}
