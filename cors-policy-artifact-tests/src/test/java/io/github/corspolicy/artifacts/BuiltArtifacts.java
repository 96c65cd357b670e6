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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files the build wrote: each module's jars in its {@code target} directory, as a release
 * uploads them, and the sources they were built from. The root and the version come from the
 * build (system properties set by this module's POM).
 */
final class BuiltArtifacts {

	static final Path ROOT = Path.of(System.getProperty("corspolicy.root", "..")).toAbsolutePath().normalize();

	static final String VERSION = System.getProperty("corspolicy.version", "0.1.0-SNAPSHOT");

	private BuiltArtifacts() {
	}

	/** Whether the build ran with {@code -Prelease}, which adds the sources and javadoc jars. */
	static boolean release() {
		return Boolean.getBoolean("corspolicy.release");
	}

	static Path jar(PublishedModule module) {
		return jar(module, "");
	}

	/** The module's jar with the classifier ({@code sources}, {@code javadoc}), or its main jar for "". */
	static Path jar(PublishedModule module, String classifier) {
		String suffix = classifier.isEmpty() ? "" : "-" + classifier;
		String name = module.artifactId() + "-" + VERSION + suffix + ".jar";
		Path jar = ROOT.resolve(module.artifactId()).resolve("target").resolve(name);
		assertThat(jar).as("%s (run mvn -B verify, with -Prelease for the sources and javadoc jars)", jar)
			.isRegularFile();
		return jar;
	}

	/** The names of the jar's file entries (directories left out). */
	static List<String> entries(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream().filter((entry) -> !entry.isDirectory()).map(ZipEntry::getName).toList();
		}
	}

	static Manifest manifest(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			assertThat(manifest).as("the manifest of %s", jar).isNotNull();
			return manifest;
		}
	}

	/** The bytes of one entry; the assertion fails when the jar has no such entry. */
	static byte[] read(Path jar, String entry) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			ZipEntry found = file.getEntry(entry);
			assertThat(found).as("%s in %s", entry, jar.getFileName()).isNotNull();
			try (InputStream in = file.getInputStream(found)) {
				return in.readAllBytes();
			}
		}
	}

	/** The paths of the files below a directory of a module's sources, relative to it ("" when it has none). */
	static List<String> sourceFiles(PublishedModule module, String directory) throws IOException {
		Path base = ROOT.resolve(module.artifactId()).resolve(directory);
		if (!Files.isDirectory(base)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(base)) {
			return files.filter(Files::isRegularFile).map((file) -> base.relativize(file).toString().replace('\\', '/'))
				.toList();
		}
	}

}
