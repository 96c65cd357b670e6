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
package io.github.corspolicy.sample.frontend;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.sample.contract.SampleHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The page's own server over real HTTP: four files, the API's port and token in {@code config.js},
 * nothing else, and never cached.
 */
class FrontEndServerTests {

	private static final int API_PORT = 18080;

	private static FrontEndServer server;

	private static SampleHttp http;

	@BeforeAll
	static void start() throws IOException {
		server = FrontEndServer.start(0, API_PORT, "token-1");
		http = new SampleHttp(server.port());
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	static Stream<Arguments> files() {
		return Stream.of(argumentSet("the page", "/", "text/html; charset=utf-8", "<script src=\"/app.js\" defer>"),
				argumentSet("the page by name", "/index.html", "text/html; charset=utf-8", "<button id=\"run-all\""),
				argumentSet("the scenarios", "/app.js", "text/javascript; charset=utf-8", "const scenarios = ["),
				argumentSet("the live-origins panel", "/live.js", "text/javascript; charset=utf-8", "/api/v1/admin/origins"),
				argumentSet("the live balance feed", "/feed.js", "text/javascript; charset=utf-8", "/topic/balance"),
				argumentSet("the Resource Timing panel", "/timing.js", "text/javascript; charset=utf-8",
						"performance.getEntriesByName(url)"),
				argumentSet("the style sheet", "/style.css", "text/css; charset=utf-8", "td.result"));
	}

	@ParameterizedTest
	@MethodSource("files")
	void servesEachFileWithItsTypeAndNoCaching(String path, String type, String excerpt) throws Exception {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.body()).contains(excerpt);
	}

	@Test
	void configTellsThePageTheApiPortAndTheToken() throws Exception {
		HttpResponse<String> response = http.get("/config.js");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
		assertThat(response.body())
			.isEqualTo("window.SAMPLE_CONFIG = { apiPort: " + API_PORT + ", token: \"token-1\" };\n");
	}

	@ParameterizedTest
	@MethodSource("otherPaths")
	void anyOtherPathIsNotFound(String path) throws Exception {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("Not found");
	}

	static Stream<Arguments> otherPaths() {
		return Stream.of(argumentSet("an unknown file", "/favicon.ico"),
				argumentSet("a class on the classpath", "/io/github/corspolicy/sample/frontend/FrontEndServer.class"),
				argumentSet("a climb out of the front-end folder", "/../application.yml"),
				argumentSet("a file in a folder", "/front-end/app.js"));
	}

	@Test
	void answersGetOnly() throws Exception {
		HttpResponse<String> response = http.send("POST", "/", "x");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).isEqualTo("GET only");
	}

	@Test
	void aPortInUseFailsTheStart() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			assertThatIOException().isThrownBy(() -> FrontEndServer.start(taken.getLocalPort(), API_PORT, "token-1"));
		}
	}

}
