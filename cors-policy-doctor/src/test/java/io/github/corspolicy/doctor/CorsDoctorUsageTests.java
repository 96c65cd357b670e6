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

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.doctor.cli.Usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * A wrong command line exits with 2, says what is wrong and what to write, and prints the usage;
 * nothing is sent.
 */
class CorsDoctorUsageTests {

	/** Never called: every row fails before any request. */
	private static final String URL = "http://127.0.0.1:9/api";

	private static final String ORIGIN = "http://localhost:3000";

	static Stream<Arguments> wrongCommandLines() {
		return Stream.of(
				argumentSet("nothing at all", List.of(), "the URL to call is missing"),
				argumentSet("no origin", List.of(URL), "--origin is missing: give the origin of the calling page"),
				argumentSet("a URL that is not http", List.of("ftp://example.com/file", "--origin", ORIGIN),
						"the URL 'ftp://example.com/file' is not an absolute http:// or https:// URL"),
				argumentSet("a relative URL", List.of("/api/v1/balance", "--origin", ORIGIN), "is not an absolute http://"),
				argumentSet("a URL with credentials", List.of("https://user:pw@api.example.com/", "--origin", ORIGIN),
						"has credentials in it, which fetch() refuses"),
				argumentSet("two URLs", List.of(URL, URL + "/other", "--origin", ORIGIN), "one URL only"),
				argumentSet("an origin with a trailing slash", List.of(URL, "--origin", "http://localhost:3000/"),
						"--origin 'http://localhost:3000/' is not how a browser sends it: write 'http://localhost:3000'"),
				argumentSet("an origin in capitals", List.of(URL, "--origin", "HTTP://LOCALHOST:3000"),
						"write 'http://localhost:3000'"),
				argumentSet("an origin with its default port", List.of(URL, "--origin", "https://app.example.com:443"),
						"write 'https://app.example.com'"),
				argumentSet("a host and port without a scheme", List.of(URL, "--origin", "localhost:3000"),
						"--origin 'localhost:3000' is not an origin: write scheme://host[:port]"),
				argumentSet("the origin twice", List.of(URL, "--origin", ORIGIN, "--origin", "http://localhost:5173"),
						"--origin given twice"),
				argumentSet("an option without its value", List.of(URL, "--origin"), "--origin needs a value"),
				argumentSet("a method that is not one word", List.of(URL, "--origin", ORIGIN, "--method", "GET POST"),
						"--method 'GET POST' is not a method name"),
				argumentSet("a header without a colon", List.of(URL, "--origin", ORIGIN, "--header", "Authorization Bearer x"),
						"--header 'Authorization Bearer x' has no colon: write 'Name: value'"),
				argumentSet("a header without a name", List.of(URL, "--origin", ORIGIN, "--header", ": value"),
						"has no valid header name before the colon"),
				argumentSet("a flag with a value", List.of(URL, "--origin", ORIGIN, "--json=yes"), "--json takes no value"),
				argumentSet("an unknown option", List.of(URL, "--origin", ORIGIN, "--verbose"), "unknown option '--verbose'"),
				argumentSet("an upstream without a scheme", List.of(URL, "--origin", ORIGIN, "--upstream", "orders:8080"),
						"--upstream 'orders:8080' is not an absolute http:// or https:// URL, e.g. --upstream http://localhost:8080"),
				argumentSet("an upstream with a fragment", List.of(URL, "--origin", ORIGIN, "--upstream", "http://orders/#x"),
						"--upstream 'http://orders/#x' has a fragment"),
				argumentSet("the upstream twice", List.of(URL, "--origin", ORIGIN, "--upstream", "http://a:8080", "--upstream",
						"http://b:8080"), "--upstream given twice"),
				argumentSet("an upstream without its value", List.of(URL, "--origin", ORIGIN, "--upstream"),
						"--upstream needs a value, e.g. --upstream http://localhost:8080"));
	}

	@ParameterizedTest
	@MethodSource("wrongCommandLines")
	void aWrongCommandLineExitsWith2AndSaysWhatToWrite(List<String> args, String problem) {
		DoctorRun run = DoctorRun.of(args);
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).startsWith("cors-doctor: ").contains(problem).contains(Usage.TEXT);
		assertThat(run.out()).isEmpty();
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		DoctorRun run = DoctorRun.of("ftp://x", "--origin", "http://localhost:3000/", "--method", "A B", "--quiet");
		assertThat(run.err().lines().filter((line) -> line.startsWith("cors-doctor: "))).hasSize(4);
	}

	@Test
	void helpPrintsTheUsageAndExitsWith0() {
		DoctorRun run = DoctorRun.of("--help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).isEqualTo(Usage.TEXT);
	}

}
