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
