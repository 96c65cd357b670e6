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
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The sample application, run from its jar as a child process on a free port. A Spring Boot jar
 * cannot be a dependency, so the reactor builds sample-app first and the tests start what it built.
 */
final class SampleApp {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private static final Path LOG = Paths.get("target", "sample-app.log");

	private final Process process;

	private final int port;

	private SampleApp(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Starts the sample; skips the tests when its jar was not built, except on CI where that fails them. */
	static SampleApp start() throws IOException, InterruptedException {
		Path jar = Paths.get(System.getProperty("sample-app.jar", "../sample-app/target/sample-app-0.1.0-SNAPSHOT.jar"));
		if (!Files.isRegularFile(jar)) {
			String message = "sample-app's jar " + jar.toAbsolutePath().normalize() + " is missing: build sample-app first "
					+ "(mvn -B -q install -DskipTests, or mvn -pl sample-app -am package -DskipTests)";
			if ("true".equals(System.getenv("CI"))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message);
		}
		int port = freePort();
		SampleApp sample = new SampleApp(launch(copy(jar), port), port);
		sample.awaitStarted();
		return sample;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	/** A private copy: other builds in the same tree may rewrite the jar while the sample runs. */
	private static Path copy(Path jar) throws IOException {
		Path copy = Files.createTempFile("sample-app", ".jar");
		copy.toFile().deleteOnExit();
		return Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
	}

	private static Process launch(Path jar, int port) throws IOException {
		Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
		Files.createDirectories(LOG.getParent());
		return new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--server.port=" + port,
				"--server.address=127.0.0.1", "--sample.front-end.enabled=false")
			.redirectErrorStream(true)
			.redirectOutput(LOG.toFile())
			.start();
	}

	private void awaitStarted() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				Assertions.fail("the sample app stopped with " + this.process.exitValue() + "; see " + LOG.toAbsolutePath());
			}
			try {
				if (client.send(health, BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		stop();
		Assertions.fail("the sample app did not start within " + START_TIMEOUT.toSeconds() + " s; see " + LOG.toAbsolutePath());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
