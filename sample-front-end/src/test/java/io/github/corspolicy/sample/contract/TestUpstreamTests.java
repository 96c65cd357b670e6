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

import java.net.ConnectException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The gateway tests' upstream, called directly: what a gateway in front of it receives.
 */
class TestUpstreamTests {

	private final TestUpstream upstream = TestUpstream.start();

	private final SampleHttp http = new SampleHttp(this.upstream.port());

	@AfterEach
	void stop() {
		this.upstream.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { TestUpstream.OK, TestUpstream.DASHBOARD, "/api/anything/else" })
	void anyOtherPathAnswers200WithJsonNamingThePath(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"upstream\":\"ok\",\"path\":\"" + path + "\"}");
		assertThat(response.headers().firstValue(TestUpstream.MARKER)).hasValue("200");
	}

	@ParameterizedTest
	@ValueSource(ints = { 401, 403, 404, 500 })
	void statusRouteAnswersItsStatus(int status) throws Exception {
		assertThat(this.http.get(TestUpstream.status(status)).statusCode()).isEqualTo(status);
	}

	@Test
	void conflictingRouteSendsItsOwnCorsHeadersAndTwoVaryLines() throws Exception {
		HttpResponse<String> response = this.http.get(TestUpstream.CONFLICTING, "Origin", "http://localhost:3000");
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*",
				TestUpstream.OTHER_ORIGIN);
		assertThat(response.headers().allValues("Access-Control-Allow-Credentials")).containsExactly("false");
		assertThat(response.headers().allValues("Vary")).containsExactly("Origin", "Accept-Encoding");
	}

	@Test
	void optionsIsAnswered405WithTheMarkerAndCounted() throws Exception {
		HttpResponse<String> response = this.http.send("OPTIONS", TestUpstream.OK, null);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue(TestUpstream.MARKER)).hasValue("options");
		assertThat(this.upstream.requests("OPTIONS", TestUpstream.OK)).isEqualTo(1);
		assertThat(this.upstream.requests("OPTIONS")).isEqualTo(1);
		assertThat(this.upstream.requests("GET")).isZero();
	}

	@Test
	void stoppedUpstreamRefusesConnectionsUntilRestartedOnTheSamePort() throws Exception {
		int port = this.upstream.port();
		this.upstream.stop();
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> this.http.get(TestUpstream.OK));
		this.upstream.restart();
		assertThat(this.upstream.port()).isEqualTo(port);
		assertThat(this.http.get(TestUpstream.OK).statusCode()).isEqualTo(200);
	}

}
