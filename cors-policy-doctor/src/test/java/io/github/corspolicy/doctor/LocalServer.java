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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A server on 127.0.0.1 and a free port that answers every request as a function of it: enough to
 * reproduce what gateways, authentication layers and half-configured applications send.
 */
final class LocalServer implements AutoCloseable {

	private final HttpServer server;

	private final List<Request> received = Collections.synchronizedList(new ArrayList<>());

	private LocalServer(Function<Request, Reply> handler) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> answer(exchange, handler));
		this.server.start();
	}

	static LocalServer answering(Function<Request, Reply> handler) {
		try {
			return new LocalServer(handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	List<Request> received() {
		return List.copyOf(this.received);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange, Function<Request, Reply> handler) throws IOException {
		Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
				exchange.getRequestHeaders());
		this.received.add(request);
		Reply reply = handler.apply(request);
		reply.headers().forEach((header) -> exchange.getResponseHeaders().add(header.get(0), header.get(1)));
		byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(reply.status(), (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/** What the server received: the method, the path with its query, and the headers. */
	record Request(String method, String path, Headers headers) {

		@Nullable String header(String name) {
			return this.headers.getFirst(name);
		}

		boolean isPreflight() {
			return this.method.equals("OPTIONS");
		}

	}

	/** What the server answers: a status, header lines (a name may repeat) and a body. */
	record Reply(int status, List<List<String>> headers, String body) {

		static Reply status(int status) {
			return new Reply(status, List.of(), "");
		}

		Reply header(String name, String value) {
			List<List<String>> headers = new ArrayList<>(this.headers);
			headers.add(List.of(name, value));
			return new Reply(this.status, headers, this.body);
		}

		Reply body(String body) {
			return new Reply(this.status, this.headers, body);
		}

	}

}
