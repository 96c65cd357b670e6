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
package io.github.corspolicy.spring.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots swapped continuously while 16 threads send mixed requests over real HTTP. Every
 * snapshot allows exactly one of two origins, A or B. A request is decided by one snapshot when:
 * a preflight is either accepted with its own origin or rejected with no origin at all; an actual
 * request carries its own origin or none, never the other; and a request that ends in an error
 * dispatch gets the same answer there as on its first dispatch: the handler records the
 * {@code Access-Control-Allow-Origin} the filter wrote before it, and the final response must carry
 * the same one. A mixed request (first dispatch under B, error dispatch under A) would arrive with
 * {@code A} although its handler saw none.
 */
@SpringBootTest(classes = LiveSnapshotConcurrencyTests.Application.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cors.allowed-origins=https://app.example.com", "cors.allowed-methods=GET,PUT",
				"logging.level.io.github.corspolicy.spring.live=WARN" })
class LiveSnapshotConcurrencyTests {

	private static final String A = "https://a.example.com";

	private static final String B = "https://b.example.com";

	private static final int THREADS = 16;

	/** At least this long, and on until {@link #REQUESTS} requests have been checked (at most a minute). */
	private static final Duration RUN = Duration.ofSeconds(6);

	private static final int REQUESTS = 500;

	private final HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();

	@LocalServerPort
	private int port;

	@Autowired
	private InMemoryOriginSource source;

	@Autowired
	private LiveCorsRefresher refresher;

	@Test
	void noRequestSeesTwoSnapshotsAndNoneFails() throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger swaps = new AtomicInteger();
		Map<String, LongAdder> seen = new ConcurrentHashMap<>();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS + 1);
		Future<?> swapper = threads.submit(() -> swap(running, swaps));
		List<Future<Integer>> senders = new java.util.ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			senders.add(threads.submit(() -> send(running, seen)));
		}
		long start = System.nanoTime();
		Thread.sleep(RUN.toMillis());
		while (total(seen) < REQUESTS && System.nanoTime() - start < Duration.ofMinutes(1).toNanos()) {
			Thread.sleep(100);
		}
		running.set(false);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		int requests = 0;
		for (Future<Integer> sender : senders) {
			requests += sender.get();
		}
		swapper.get();
		threads.shutdown();
		assertThat(swaps.get()).as("snapshots swapped").isGreaterThan(50);
		assertThat(requests).isGreaterThanOrEqualTo(REQUESTS);
		assertThat(seen.keySet()).as("each kind of answer under each snapshot").contains("preflight allowed A",
				"preflight allowed B", "preflight rejected A", "preflight rejected B", "error allowed A",
				"error rejected A", "error allowed B", "error rejected B");
		System.out.println("Live snapshot concurrency: " + requests + " requests by " + THREADS + " threads, "
				+ swaps.get() + " snapshots swapped in " + took.toMillis() + " ms: " + seen);
	}

	private static long total(Map<String, LongAdder> seen) {
		return seen.values().stream().mapToLong(LongAdder::sum).sum();
	}

	private Object swap(AtomicBoolean running, AtomicInteger swaps) throws Exception {
		boolean a = true;
		while (running.get()) {
			this.source.replaceAll(List.of(new CorsOriginEntry("only", null, "exact", a ? A : B)));
			RefreshOutcome outcome = this.refresher.refreshAll(Duration.ofSeconds(10));
			assertThat(outcome.outcome()).isEqualTo(RefreshOutcome.Outcome.APPLIED);
			swaps.incrementAndGet();
			a = !a;
		}
		return null;
	}

	private int send(AtomicBoolean running, Map<String, LongAdder> seen) throws Exception {
		int sent = 0;
		while (running.get()) {
			String origin = ThreadLocalRandom.current().nextBoolean() ? A : B;
			String kind = switch (ThreadLocalRandom.current().nextInt(3)) {
				case 0 -> checkPreflight(origin);
				case 1 -> checkActual(origin);
				default -> checkErrorDispatch(origin);
			};
			seen.computeIfAbsent(kind, (key) -> new LongAdder()).increment();
			sent++;
		}
		return sent;
	}

	private String checkPreflight(String origin) throws IOException, InterruptedException {
		HttpResponse<String> response = send("OPTIONS", "/api/items", "Origin", origin,
				"Access-Control-Request-Method", "PUT");
		Optional<String> allowed = allowOrigin(response);
		if (allowed.isPresent()) {
			assertThat(response.statusCode()).isEqualTo(204);
			assertThat(allowed).contains(origin);
			assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).contains("GET, PUT");
			return "preflight allowed " + name(origin);
		}
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
		return "preflight rejected " + name(origin);
	}

	private String checkActual(String origin) throws IOException, InterruptedException {
		HttpResponse<String> response = send("GET", "/api/items", "Origin", origin);
		assertThat(response.statusCode()).isEqualTo(200);
		Optional<String> allowed = allowOrigin(response);
		allowed.ifPresent((value) -> assertThat(value).isEqualTo(origin));
		return "actual " + (allowed.isPresent() ? "allowed " : "rejected ") + name(origin);
	}

	private String checkErrorDispatch(String origin) throws IOException, InterruptedException {
		HttpResponse<String> response = send("GET", "/api/conflict", "Origin", origin);
		assertThat(response.statusCode()).as("the handler's own error, never a 5xx").isEqualTo(409);
		String firstDispatch = response.headers().firstValue("X-First-Dispatch-Allow-Origin").orElseThrow();
		String last = allowOrigin(response).orElse("none");
		assertThat(last).as("the error dispatch answers as the first dispatch did").isEqualTo(firstDispatch);
		return "error " + (last.equals("none") ? "rejected " : "allowed ") + name(origin);
	}

	private static String name(String origin) {
		return origin.equals(A) ? "A" : "B";
	}

	private static Optional<String> allowOrigin(HttpResponse<?> response) {
		return response.headers().firstValue("Access-Control-Allow-Origin");
	}

	private HttpResponse<String> send(String method, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		InMemoryOriginSource memoryOriginSource() {
			return new InMemoryOriginSource("memory", true, Duration.ofHours(1));
		}

		@Bean
		SecurityFilterChain openChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.cors(Customizer.withDefaults())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

	}

	@RestController
	static class Handlers {

		@GetMapping("/api/items")
		String items() {
			return "items";
		}

		/** Records what the filter wrote on the first dispatch, then ends in an error dispatch. */
		@GetMapping("/api/conflict")
		void conflict(HttpServletResponse response) throws IOException {
			String allowed = response.getHeader("Access-Control-Allow-Origin");
			response.setHeader("X-First-Dispatch-Allow-Origin", (allowed != null) ? allowed : "none");
			response.sendError(409);
		}

	}

}
