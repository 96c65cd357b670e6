package io.github.corspolicy.sample.reactive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextException;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.corspolicy.sample.contract.SampleContract;
import io.github.corspolicy.sample.contract.SampleHttp;
import io.github.corspolicy.sample.frontend.FrontEndConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The servlet sample's command-line switches, given to the reactive sample as command-line
 * arguments: {@code --server.port}, {@code --sample.front-end.enabled},
 * {@code --sample.front-end.port} and {@code --sample.demo-token}.
 */
class CommandLineSwitchesTests {

	@Test
	void thePortsAndTheTokenComeFromTheCommandLine() throws Exception {
		int apiPort = freePort();
		int pagePort = freePort();
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

	@Test
	void theFrontEndCanBeSwitchedOff() throws Exception {
		int pagePort = freePort();
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

	private static ConfigurableApplicationContext run(String... args) {
		return new SpringApplicationBuilder(ReactiveSampleApplication.class).run(args);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return socket.isBound();
		}
		catch (IOException ex) {
			return false;
		}
	}

}
