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
import java.net.ConnectException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContextException;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.corspolicy.sample.frontend.FrontEndConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The page's command-line switches, the same in every application that serves it:
 * {@code --sample.front-end.enabled} and {@code --sample.front-end.port}. A sample runs it with a
 * subclass that starts the application with the given arguments, and adds its own switches.
 */
public abstract class FrontEndSwitchesContract {

	/** Starts the application with these command-line arguments. */
	protected abstract ConfigurableApplicationContext run(String... args);

	@Test
	void theFrontEndCanBeSwitchedOff() throws Exception {
		int pagePort = Chromium.freePort();
		try (ConfigurableApplicationContext app = run("--server.port=0", "--sample.front-end.enabled=false",
				"--sample.front-end.port=" + pagePort)) {
			assertThat(app.getBeanNamesForType(FrontEndConfiguration.class)).isEmpty();
			assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> new SampleHttp(pagePort).get("/"));
		}
	}

	@Test
	void aFrontEndPortInUseFailsTheStartNamingBothSwitches() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			assertThatExceptionOfType(ApplicationContextException.class)
				.isThrownBy(() -> run("--server.port=0", "--sample.front-end.port=" + taken.getLocalPort()).close())
				.havingCause()
				.isInstanceOf(UncheckedIOException.class)
				.withMessage("Could not serve the front end on port " + taken.getLocalPort()
						+ "; set sample.front-end.port or sample.front-end.enabled=false");
		}
	}

	/** Whether nothing listens on the port, such as the page's once its application has stopped. */
	protected static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return socket.isBound();
		}
		catch (IOException ex) {
			return false;
		}
	}

}
