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
package io.github.corspolicy.spring.live.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.Driver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A real PostgreSQL 15 server (Debian's {@code postgresql-15} binaries) for one test class: a
 * temporary data directory, a free port on 127.0.0.1, its unix socket in the same directory;
 * started before the class, stopped and deleted after it, and stoppable and restartable in
 * between. As root the binaries run as the {@code postgres} user, since they refuse root. Without
 * the binaries the class is skipped, and fails when {@code CI=true}.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {

	private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

	private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

	private Path directory = Path.of("");

	private int port;

	private boolean running;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		requireBinaries();
		this.directory = Files.createTempDirectory("cors-postgres-");
		this.port = freePort();
		if (ROOT) {
			run(List.of("chown", "postgres:postgres", this.directory.toString()));
		}
		run(asPostgres(BIN.resolve("initdb").toString(), "-D", data(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
				"--no-sync", "--no-instructions"));
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		try {
			stop();
		}
		finally {
			try (Stream<Path> paths = Files.walk(this.directory)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	/** Starts the server on its port, if stopped, waiting until it accepts connections. */
	public void start() throws IOException, InterruptedException {
		if (this.running) {
			return;
		}
		String options = "-p " + this.port + " -c listen_addresses=127.0.0.1 -k " + this.directory
				+ " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
		run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data(), "-l", this.directory.resolve("log").toString(),
				"-w", "-t", "60", "-o", options, "start"));
		this.running = true;
	}

	/** Stops the server (fast shutdown: open connections are closed). */
	public void stop() throws IOException, InterruptedException {
		if (this.running) {
			run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "-t", "60", "stop"));
			this.running = false;
		}
	}

	/** Stops and starts the server again, on the same port with the same data. */
	public void restart() throws IOException, InterruptedException {
		stop();
		start();
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	public String username() {
		return "postgres";
	}

	/** Connections without a pool, opened with the driver. */
	public DataSource dataSource() {
		return new SimpleDriverDataSource(new Driver(), jdbcUrl(), username(), "");
	}

	/** Runs statements, each committed on its own. */
	public void execute(String... statements) throws SQLException {
		try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private String data() {
		return this.directory.resolve("data").toString();
	}

	private static List<String> asPostgres(String... command) {
		List<String> line = new ArrayList<>(ROOT ? List.of("runuser", "-u", "postgres", "--") : List.of());
		line.addAll(List.of(command));
		return line;
	}

	/** Runs a command, its output to a file: a server it starts must not hold a pipe of ours. */
	private void run(List<String> command) throws IOException, InterruptedException {
		Path output = this.directory.resolve("commands.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
			.start();
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("Timed out: " + String.join(" ", command));
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
					+ Files.readString(output, StandardCharsets.UTF_8));
		}
	}

	private static void requireBinaries() {
		if (Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"))) {
			return;
		}
		String message = "The PostgreSQL tests need Debian's PostgreSQL 15 at " + BIN
				+ ": sudo apt-get install -y postgresql-15";
		if ("true".equals(System.getenv("CI"))) {
			Assertions.fail(message);
		}
		Assumptions.abort(message);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
