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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * The service behind a gateway in the gateway tests: a real HTTP server on a random loopback port
 * (the JDK's {@link HttpServer}), that can be {@linkplain #stop() stopped} ("upstream down": the
 * port refuses connections) and {@linkplain #restart() restarted} on the same port. It serves
 * every path under {@code /api/} and {@code /dashboard/}, the prefixes the gateways route, and
 * answers by the path's last segments:
 * <ul>
 * <li>{@link #STATUS_PREFIX}{@code NNN} (e.g. {@code /api/upstream/status/403}): status {@code NNN}
 * with a JSON body;</li>
 * <li>{@link #CONFLICTING}: 200 with CORS headers that contradict any policy:
 * {@code Access-Control-Allow-Origin: *} and {@code Access-Control-Allow-Origin:}
 * {@value #OTHER_ORIGIN} (two lines), {@code Access-Control-Allow-Credentials: false},
 * {@code Access-Control-Expose-Headers:} {@value #SECRET_HEADER},
 * {@code Access-Control-Allow-Methods: *}, and {@code Vary: Origin} and
 * {@code Vary: Accept-Encoding} (two lines);</li>
 * <li>{@link #SLOW}: 200 after {@link #SLOW_RESPONSE}, longer than a gateway's response
 * timeout should be ({@link GatewayCorsContract#RESPONSE_TIMEOUT});</li>
 * <li>any other path, such as {@link #OK} or {@link #DASHBOARD}: 200 with
 * {@code {"upstream":"ok","path":"..."}}.</li>
 * </ul>
 * An {@code OPTIONS} request to any path gets 405 with {@value #MARKER}{@code : options} so that
 * a preflight that reached the service is recognisable; every other answer carries
 * {@value #MARKER}{@code : <status>}. Requests are counted per method and path.
 */
public final class TestUpstream implements AutoCloseable {

	/** The header every answer carries, so that a test can tell the service's answers from the gateway's. */
	public static final String MARKER = "X-Test-Upstream";

	/** A token-protected route that answers 200 with JSON. */
	public static final String OK = "/api/upstream/ok";

	/** The same under the second routed prefix. */
	public static final String DASHBOARD = "/dashboard/upstream/ok";

	/** The route that answers 200 with conflicting CORS headers (see the class Javadoc). */
	public static final String CONFLICTING = "/api/upstream/conflicting";

	/** The route that answers 200 after {@link #SLOW_RESPONSE}. */
	public static final String SLOW = "/api/upstream/slow";

	/** Followed by a status code: the route that answers with that status. */
	public static final String STATUS_PREFIX = "/api/upstream/status/";

	/** How long {@link #SLOW} takes to answer. */
	public static final Duration SLOW_RESPONSE = Duration.ofSeconds(6);

	/** The foreign origin that {@link #CONFLICTING} allows. */
	public static final String OTHER_ORIGIN = "https://other.example.com";

	/** The header name that {@link #CONFLICTING} exposes. */
	public static final String SECRET_HEADER = "X-Upstream-Secret";

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final int port;

	private @Nullable HttpServer server;

	private @Nullable ExecutorService executor;

	private TestUpstream() {
		this.port = listen(0);
	}

	/** A running upstream on a free loopback port. */
	public static TestUpstream start() {
		return new TestUpstream();
	}

	/** The path that answers {@code status}. */
	public static String status(int status) {
		return STATUS_PREFIX + status;
	}

	/** The port it listens on, the same after a {@link #restart()}. */
	public int port() {
		return this.port;
	}

	/** Where a gateway routes to: {@code http://127.0.0.1:<port>}. */
	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/** How many {@code method} requests reached {@code path} (without its query). */
	public int requests(String method, String path) {
		AtomicInteger count = this.counts.get(method + " " + path);
		return (count != null) ? count.get() : 0;
	}

	/** How many requests with {@code method} reached the service on any path. */
	public int requests(String method) {
		return this.counts.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(method + " "))
			.mapToInt((entry) -> entry.getValue().get())
			.sum();
	}

	/** Stops listening: connections to {@link #port()} are refused until {@link #restart()}. */
	public synchronized void stop() {
		HttpServer running = this.server;
		ExecutorService threads = this.executor;
		if (running != null && threads != null) {
			running.stop(0);
			threads.shutdownNow();
			this.server = null;
			this.executor = null;
		}
	}

	/** Listens again on the same port. */
	public synchronized void restart() {
		if (this.server == null) {
			listen(this.port);
		}
	}

	@Override
	public void close() {
		stop();
	}

	/** Listens on {@code port} (0: any free one) and answers the port it got. */
	private synchronized int listen(int port) {
		HttpServer listening;
		try {
			listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot listen on port " + port, ex);
		}
		ExecutorService threads = Executors.newCachedThreadPool();
		listening.setExecutor(threads);
		listening.createContext("/", this::handle);
		listening.start();
		this.server = listening;
		this.executor = threads;
		return listening.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getRawPath();
		this.counts.computeIfAbsent(method + " " + path, (key) -> new AtomicInteger()).incrementAndGet();
		try (exchange) {
			if ("OPTIONS".equals(method)) {
				exchange.getResponseHeaders().add(MARKER, "options");
				exchange.getResponseHeaders().add("Allow", "GET, POST, PUT, DELETE");
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			answer(exchange, path);
		}
	}

	private void answer(HttpExchange exchange, String path) throws IOException {
		int status = 200;
		if (path.startsWith(STATUS_PREFIX)) {
			status = Integer.parseInt(path.substring(STATUS_PREFIX.length()));
		}
		else if (path.equals(CONFLICTING)) {
			addConflictingCorsHeaders(exchange.getResponseHeaders());
		}
		else if (path.equals(SLOW)) {
			sleep(SLOW_RESPONSE);
		}
		String json = "{\"upstream\":\"" + ((status == 200) ? "ok" : "status " + status) + "\",\"path\":\"" + path
				+ "\"}";
		send(exchange, status, json);
	}

	private static void addConflictingCorsHeaders(Headers headers) {
		headers.add("Access-Control-Allow-Origin", "*");
		headers.add("Access-Control-Allow-Origin", OTHER_ORIGIN);
		headers.add("Access-Control-Allow-Credentials", "false");
		headers.add("Access-Control-Expose-Headers", SECRET_HEADER);
		headers.add("Access-Control-Allow-Methods", "*");
		headers.add(SECRET_HEADER, "s3cr3t");
		headers.add("Vary", "Origin");
		headers.add("Vary", "Accept-Encoding");
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add(MARKER, Integer.toString(status));
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
