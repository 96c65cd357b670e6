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
package io.github.corspolicy.sample.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sample's AOT-processed jar ({@code mvn -Paot}) started as an application of its own, with
 * {@code -Dspring.aot.enabled=true}, for the contract tests' subclasses that run against it: the
 * jar a user ships, not a test context. Registered with {@code @RegisterExtension} on a static
 * field, it starts the jar on a free port before the class's tests; test classes that give the
 * same arguments share one application, stopped when all tests have run. Start-up fails the
 * tests unless the log says that the AOT-processed application started, so that a jar without
 * AOT artifacts, or a start without AOT, cannot pass for one.
 * <p>
 * The jar is the one the {@code sample.aot.jar} system property names, which the {@code aot}
 * profile of each sample's pom sets.
 */
public final class AotSample implements BeforeAllCallback {

	/** The system property that names the jar. */
	public static final String JAR_PROPERTY = "sample.aot.jar";

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AotSample.class);

	/** Generous: two cores shared by several builds. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final List<String> arguments;

	private @Nullable Running running;

	private AotSample(List<String> arguments) {
		this.arguments = List.copyOf(arguments);
	}

	/**
	 * The sample with application arguments, such as {@code --sample.front-end.port=0}; the API's
	 * {@code --server.port} is chosen here.
	 */
	public static AotSample withArguments(String... arguments) {
		return new AotSample(List.of(arguments));
	}

	/** The port the API listens on, once started. */
	public int port() {
		if (this.running == null) {
			throw new IllegalStateException("Not started: register the AotSample with @RegisterExtension on a static field");
		}
		return this.running.port;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
		this.running = store.computeIfAbsent(this.arguments, (key) -> Running.start(jar(), this.arguments),
				Running.class);
	}

	private static Path jar() {
		String name = System.getProperty(JAR_PROPERTY);
		if (name == null || !Files.isRegularFile(Path.of(name))) {
			throw new IllegalStateException("No AOT-processed sample jar (" + JAR_PROPERTY + "=" + name
					+ "): run these tests with the aot profile, mvn -Paot -pl <sample> -am verify -DskipTests");
		}
		return Path.of(name);
	}

	/** One started application, stopped when the root store closes after the last test. */
	private static final class Running implements AutoCloseable {

		private final Process process;

		private final Path log;

		private final int port;

		private Running(Process process, Path log, int port) {
			this.process = process;
			this.log = log;
			this.port = port;
		}

		static Running start(Path jar, List<String> arguments) {
			int port = Chromium.freePort();
			Path log = Path.of("target", "aot-sample-" + port + ".log");
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString(), "-Dspring.aot.enabled=true", "-jar", jar.toString(), "--server.port=" + port));
			command.addAll(arguments);
			try {
				Files.createDirectories(log.getParent());
				Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
				Running running = new Running(process, log, port);
				running.awaitStarted();
				return running;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start " + command, ex);
			}
		}

		private void awaitStarted() throws IOException {
			long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("The AOT sample stopped with exit code " + this.process.exitValue()
							+ "; its log, " + this.log + ":\n" + Files.readString(this.log));
				}
				if (answers()) {
					if (!Files.readString(this.log).contains("Starting AOT-processed")) {
						close();
						throw new IllegalStateException("The sample started without its AOT artifacts; its log: " + this.log);
					}
					return;
				}
				pause();
			}
			close();
			throw new IllegalStateException("The AOT sample did not answer within " + START_TIMEOUT + "; its log, "
					+ this.log + ":\n" + Files.readString(this.log));
		}

		private boolean answers() {
			HttpRequest ping = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + SampleContract.PING))
				.timeout(Duration.ofSeconds(5))
				.build();
			try {
				return HttpClient.newHttpClient().send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the AOT sample", ex);
			}
		}

		private static void pause() {
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the AOT sample", ex);
			}
		}

		@Override
		public void close() {
			this.process.destroy();
			try {
				if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				this.process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}

	}

}
