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

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * https:// URLs, with a certificate made for the test: trusted, the call goes through like any
 * other; not trusted, the failure says so. The trusted run is the packaged command's own main(), in
 * a child JVM, so that its trust store stays its own.
 */
class CorsDoctorHttpsTests {

	private static final String APP = "https://app.example.com";

	private static final String PASSWORD = "changeit";

	@TempDir
	static Path keys;

	private static HttpsServer server;

	@BeforeAll
	static void startAnHttpsServer() throws Exception {
		keytool("-genkeypair", "-alias", "local", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
				"-ext", "san=ip:127.0.0.1", "-validity", "1", "-storetype", "PKCS12", "-keystore", path("server.p12"));
		keytool("-exportcert", "-alias", "local", "-keystore", path("server.p12"), "-file", path("server.crt"));
		keytool("-importcert", "-noprompt", "-alias", "local", "-file", path("server.crt"), "-storetype", "PKCS12",
				"-keystore", path("trust.p12"));
		server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(serverContext()));
		server.createContext("/", (exchange) -> {
			exchange.getResponseHeaders().add("Access-Control-Allow-Origin", APP);
			exchange.getResponseHeaders().add("Vary", "Origin");
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterAll
	static void stopTheServer() {
		server.stop(0);
	}

	@Test
	void aTrustedServerIsCalledLikeAnyOther() throws Exception {
		Process doctor = new ProcessBuilder(java(), "-Djavax.net.ssl.trustStore=" + path("trust.p12"),
				"-Djavax.net.ssl.trustStorePassword=" + PASSWORD, "-cp", System.getProperty("java.class.path"),
				CorsDoctor.class.getName(), url(), "--origin", APP)
			.redirectErrorStream(true)
			.start();
		String out = read(doctor.getInputStream());
		assertThat(doctor.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(doctor.exitValue()).as(out).isZero();
		assertThat(out).contains("REQUEST  GET " + url(), "  < status 200", "RESULT  the call works in a browser (exit 0)");
	}

	@Test
	void anUntrustedCertificateIsAConnectionFailureThatSaysSo() {
		DoctorRun run = DoctorRun.of(url(), "--origin", APP);
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.findingIds()).containsExactly("connection-failed");
		assertThat(run.out()).contains("< no response: the TLS handshake failed");
	}

	private static String url() {
		return "https://127.0.0.1:" + server.getAddress().getPort() + "/api/orders/7";
	}

	private static SSLContext serverContext() throws Exception {
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keys.resolve("server.p12"))) {
			keyStore.load(in, PASSWORD.toCharArray());
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keyStore, PASSWORD.toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keyManagers.getKeyManagers(), null, null);
		return context;
	}

	private static void keytool(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString()));
		command.addAll(List.of(args));
		command.addAll(List.of("-storepass", PASSWORD));
		Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = read(keytool.getInputStream());
		assertThat(keytool.waitFor()).as(out).isZero();
	}

	private static String read(InputStream in) throws IOException {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String java() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String path(String name) {
		return keys.resolve(name).toString();
	}

}
