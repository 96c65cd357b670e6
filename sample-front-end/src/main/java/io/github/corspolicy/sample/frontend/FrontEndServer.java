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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Serves the demo page on its own port: {@code http://localhost:3000} is another origin than the API
 * on {@code http://localhost:8080}, exactly as a front end on a dev server would be.
 */
public final class FrontEndServer implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(FrontEndServer.class);

	private static final Map<String, String> PAGES = Map.of("/", "index.html", "/index.html", "index.html",
			"/app.js", "app.js", "/live.js", "live.js", "/feed.js", "feed.js", "/timing.js", "timing.js",
			"/style.css", "style.css");

	private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
			"text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

	private final HttpServer server;

	private final String config;

	private FrontEndServer(HttpServer server, int apiPort, String token) {
		this.server = server;
		// the page calls the API on the host it was loaded from, so each host name is its own origin
		this.config = "window.SAMPLE_CONFIG = { apiPort: " + apiPort + ", token: \"" + token + "\" };\n";
	}

	/** Starts serving on {@code port} (0 for any free one) a page that calls the API on {@code apiPort}. */
	public static FrontEndServer start(int port, int apiPort, String token) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
		FrontEndServer frontEnd = new FrontEndServer(server, apiPort, token);
		server.createContext("/", frontEnd::handle);
		server.setExecutor(Executors.newFixedThreadPool(2));
		server.start();
		logger.info("Front end on http://localhost:" + frontEnd.port() + " calls the API on port " + apiPort);
		return frontEnd;
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (!"GET".equals(exchange.getRequestMethod())) {
				respond(exchange, 405, "text/plain", "GET only".getBytes(StandardCharsets.UTF_8));
			}
			else if (path.equals("/config.js")) {
				respond(exchange, 200, TYPES.get("js"), this.config.getBytes(StandardCharsets.UTF_8));
			}
			else {
				byte[] page = resource(PAGES.get(path));
				respond(exchange, (page != null) ? 200 : 404, (page != null) ? TYPES.get(extension(path)) : "text/plain",
						(page != null) ? page : "Not found".getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	private static byte @Nullable [] resource(@Nullable String name) throws IOException {
		if (name == null) {
			return null;
		}
		try (InputStream in = FrontEndServer.class.getResourceAsStream("/front-end/" + name)) {
			return (in != null) ? in.readAllBytes() : null;
		}
	}

	private static String extension(String path) {
		String name = PAGES.get(path);
		return (name != null) ? name.substring(name.lastIndexOf('.') + 1) : "";
	}

	private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		if (this.server.getExecutor() instanceof java.util.concurrent.ExecutorService executor) {
			executor.shutdownNow();
		}
	}

}
