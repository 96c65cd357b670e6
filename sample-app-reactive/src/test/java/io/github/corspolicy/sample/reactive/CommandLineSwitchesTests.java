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
package io.github.corspolicy.sample.reactive;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.corspolicy.sample.contract.Chromium;
import io.github.corspolicy.sample.contract.FrontEndSwitchesContract;
import io.github.corspolicy.sample.contract.SampleContract;
import io.github.corspolicy.sample.contract.SampleHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servlet sample's command-line switches, given to the reactive sample as command-line
 * arguments: {@code --server.port}, {@code --sample.front-end.enabled},
 * {@code --sample.front-end.port} and {@code --sample.demo-token}.
 */
class CommandLineSwitchesTests extends FrontEndSwitchesContract {

	@Test
	void thePortsAndTheTokenComeFromTheCommandLine() throws Exception {
		int apiPort = Chromium.freePort();
		int pagePort = Chromium.freePort();
		try (ConfigurableApplicationContext app = run("--server.port=" + apiPort, "--sample.front-end.port=" + pagePort,
				"--sample.demo-token=switched-token")) {
			assertThat(app.getEnvironment().getProperty("local.server.port")).isEqualTo(String.valueOf(apiPort));
			SampleHttp api = new SampleHttp(apiPort);
			assertThat(api.get(SampleContract.PING).body()).isEqualTo("pong");
			assertThat(api.get("/api/v1/credits/balance", "Authorization", "Bearer switched-token").statusCode())
				.isEqualTo(200);
			assertThat(api.get("/api/v1/credits/balance", "Authorization", SampleContract.BEARER).statusCode())
				.isEqualTo(401);
			SampleHttp page = new SampleHttp(pagePort);
			assertThat(page.get("/").body()).contains("<title>cors-policy sample");
			assertThat(page.get("/config.js").body())
				.isEqualTo("window.SAMPLE_CONFIG = { apiPort: " + apiPort + ", token: \"switched-token\" };\n");
		}
		assertThat(isFree(pagePort)).as("the page's port is free once the application stops").isTrue();
	}

	@Override
	protected ConfigurableApplicationContext run(String... args) {
		return new SpringApplicationBuilder(ReactiveSampleApplication.class).run(args);
	}

}
