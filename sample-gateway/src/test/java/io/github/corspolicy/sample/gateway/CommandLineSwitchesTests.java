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
package io.github.corspolicy.sample.gateway;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.corspolicy.sample.contract.Chromium;
import io.github.corspolicy.sample.contract.FrontEndSwitchesContract;
import io.github.corspolicy.sample.contract.SampleContract;
import io.github.corspolicy.sample.contract.SampleHttp;
import io.github.corspolicy.sample.contract.TestUpstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The samples' command-line switches on the gateway ({@code --server.port},
 * {@code --sample.front-end.enabled}, {@code --sample.front-end.port}, {@code --sample.demo-token}),
 * and its own: {@code --sample.upstream} and {@code --sample.rate-limit.*}. A value that cannot work
 * fails the start with Boot's report naming the switch, the value and the fix.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineSwitchesTests extends FrontEndSwitchesContract {

	private static final TestUpstream UPSTREAM = TestUpstream.start();

	@AfterAll
	static void stopUpstream() {
		UPSTREAM.close();
	}

	@Test
	void thePortsTheTokenAndTheUpstreamComeFromTheCommandLine() throws Exception {
		int gatewayPort = Chromium.freePort();
		int pagePort = Chromium.freePort();
		try (ConfigurableApplicationContext app = run("--server.port=" + gatewayPort, "--sample.front-end.port=" + pagePort,
				"--sample.demo-token=switched-token", "--sample.upstream=" + UPSTREAM.uri())) {
			SampleHttp gateway = new SampleHttp(gatewayPort);
			assertThat(gateway.get(TestUpstream.OK, "Authorization", "Bearer switched-token").headers()
				.firstValue(TestUpstream.MARKER)).as("routed to --sample.upstream").hasValue("200");
			assertThat(gateway.get(TestUpstream.OK, "Authorization", SampleContract.BEARER).statusCode()).isEqualTo(401);
			SampleHttp page = new SampleHttp(pagePort);
			assertThat(page.get("/").body()).contains("<title>cors-policy sample");
			assertThat(page.get("/config.js").body()).as("the page calls the gateway")
				.isEqualTo("window.SAMPLE_CONFIG = { apiPort: " + gatewayPort + ", token: \"switched-token\" };\n");
		}
		assertThat(isFree(pagePort)).as("the page's port is free once the gateway stops").isTrue();
	}

	static Stream<Arguments> badValues() {
		return Stream.of(
				argumentSet("an upstream without a scheme", "sample.upstream", "localhost:8080",
						"absolute http or https URL with a host, such as --sample.upstream=http://localhost:8080"),
				argumentSet("an upstream that is no HTTP", "sample.upstream", "ftp://localhost:8080",
						"absolute http or https URL"),
				argumentSet("an upstream without a host", "sample.upstream", "http:/api", "absolute http or https URL"),
				argumentSet("a limit of no request", "sample.rate-limit.limit", "0",
						"the limit must be at least 1 request per window"),
				argumentSet("an empty window", "sample.rate-limit.window", "0s", "the window must be longer than zero"));
	}

	@ParameterizedTest
	@MethodSource("badValues")
	void aValueThatCannotWorkFailsTheStartNamingTheSwitchAndTheFix(String property, String value, String fix,
			CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--server.port=0", "--sample.front-end.enabled=false",
				"--" + property + "=" + value).close());
		assertThat(output).contains("APPLICATION FAILED TO START", "Property: " + property,
				"Value: \"" + value + "\"", fix);
	}

	@Override
	protected ConfigurableApplicationContext run(String... args) {
		return new SpringApplicationBuilder(GatewaySampleApplication.class).run(args);
	}

}
