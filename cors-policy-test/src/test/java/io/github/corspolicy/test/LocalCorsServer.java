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
package io.github.corspolicy.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 and a free port, with the {@link CorsRules} in front of two
 * routes: {@code /api/items}, {@code /api/fail}, whose 500 is written by a layer outside the
 * CORS handler and so carries no CORS header, and {@code /api/moved?to=URL}, a 307 to the URL.
 */
final class LocalCorsServer implements AutoCloseable {

	private final HttpServer server;

	private LocalCorsServer(HttpServer server) {
		this.server = server;
	}

	static LocalCorsServer start(CorsRules rules) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", (exchange) -> answer(exchange, rules));
		server.start();
		return new LocalCorsServer(server);
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** {@code /api/moved?to=URL} redirects to the URL with 307, with the CORS headers of a request. */
	private static void redirect(HttpExchange exchange, CorsRules rules, String query) throws IOException {
		rules.headersFor(exchange.getRequestHeaders().getFirst("Origin"), false).forEach(exchange.getResponseHeaders()::set);
		exchange.getResponseHeaders().set("Location", query.substring("to=".length()));
		exchange.sendResponseHeaders(307, -1);
		exchange.close();
	}

	private static void answer(HttpExchange exchange, CorsRules rules) throws IOException {
		if (exchange.getRequestURI().getPath().equals("/api/fail")) {
			exchange.sendResponseHeaders(500, -1);
			exchange.close();
			return;
		}
		if (exchange.getRequestURI().getPath().startsWith("/api/moved") && !exchange.getRequestMethod().equals("OPTIONS")) {
			redirect(exchange, rules, exchange.getRequestURI().getQuery());
			return;
		}
		String origin = exchange.getRequestHeaders().getFirst("Origin");
		boolean preflight = exchange.getRequestMethod().equals("OPTIONS")
				&& exchange.getRequestHeaders().containsKey("Access-Control-Request-Method");
		rules.headersFor(origin, preflight).forEach(exchange.getResponseHeaders()::set);
		if (!preflight) {
			exchange.getResponseHeaders().set("ETag", "\"v1\"");
			exchange.getResponseHeaders().set("X-Request-ID", "req-1");
		}
		exchange.sendResponseHeaders(preflight ? 204 : 200, -1);
		exchange.close();
	}

}
