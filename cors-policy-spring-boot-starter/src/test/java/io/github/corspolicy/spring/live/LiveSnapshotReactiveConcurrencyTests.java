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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reactive counterpart of {@link LiveSnapshotConcurrencyTests}, over Netty: snapshots swapped
 * continuously while 16 threads send mixed requests. The snapshots alternate between two
 * generations that differ in every header: generation A allows origin A, credentials, exposes
 * {@code X-Gen-A}, allows GET and PUT for 100 s; generation B allows origin B, no credentials,
 * exposes {@code X-Gen-B}, allows GET and PATCH for 200 s. Origin C (the properties' own) is
 * allowed by both, origin E by neither. So origins A and B are revoked and added again with every
 * swap, and a response shows which snapshot decided it: one with the origin of one generation and
 * a header of the other, or an allowed origin under a generation that does not allow it, is a
 * mixed policy. The handler answers after a short delay and records the
 * {@code Access-Control-Allow-Origin} the filter wrote before it, which the response, whose headers
 * are written again as it commits, must still carry.
 */
@SpringBootTest(classes = LiveSnapshotReactiveConcurrencyTests.Application.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive",
				"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive."
						+ "TomcatReactiveWebServerAutoConfiguration",
				"cors.allowed-origins=https://c.example.com", "logging.level.io.github.corspolicy.spring.live=WARN" })
class LiveSnapshotReactiveConcurrencyTests {

	private static final String A = "https://a.example.com";

	private static final String B = "https://b.example.com";

	private static final String C = "https://c.example.com";

	private static final String E = "https://e.example.net";

	private static final List<String> ORIGINS = List.of(A, B, C, E);

	private static final String GENERATION = "live-snapshot-generation";

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

	@Autowired
	private ConfigurableEnvironment environment;

	@Test
	void noRequestSeesTwoSnapshotsAndNoneFails() throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger swaps = new AtomicInteger();
		Map<String, LongAdder> seen = new ConcurrentHashMap<>();
		apply(Generation.A);
		ExecutorService threads = Executors.newFixedThreadPool(THREADS + 1);
		Future<?> swapper = threads.submit(() -> swap(running, swaps));
		List<Future<Integer>> senders = new ArrayList<>();
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
		assertThat(seen.keySet()).as("each kind of answer under each generation").contains("preflight allowed A",
				"preflight allowed B", "preflight rejected A", "preflight rejected B", "preflight allowed C under A",
				"preflight allowed C under B", "preflight rejected E", "actual allowed A", "actual allowed B",
				"actual rejected A", "actual rejected B", "actual allowed C under A", "actual allowed C under B",
				"actual rejected E");
		System.out.println("Live snapshot concurrency (reactive): " + requests + " requests by " + THREADS
				+ " threads, " + swaps.get() + " snapshots swapped in " + took.toMillis() + " ms: " + seen);
	}

	private static long total(Map<String, LongAdder> seen) {
		return seen.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/** Generation B, then A, then B again, from generation A. */
	private Object swap(AtomicBoolean running, AtomicInteger swaps) throws Exception {
		Generation generation = Generation.A;
		while (running.get()) {
			generation = (generation == Generation.A) ? Generation.B : Generation.A;
			apply(generation);
			swaps.incrementAndGet();
		}
		return null;
	}

	/** The properties and the source's entry change together, and make one new snapshot. */
	private void apply(Generation generation) throws Exception {
		this.environment.getPropertySources().addFirst(new MapPropertySource(GENERATION, generation.properties()));
		this.source.replaceAll(List.of(new CorsOriginEntry("only", null, "exact", generation.origin)));
		RefreshOutcome outcome = this.refresher.refreshAll(Duration.ofSeconds(30));
		assertThat(outcome.outcome()).isEqualTo(RefreshOutcome.Outcome.APPLIED);
	}

	private int send(AtomicBoolean running, Map<String, LongAdder> seen) throws Exception {
		int sent = 0;
		while (running.get()) {
			String origin = ORIGINS.get(ThreadLocalRandom.current().nextInt(ORIGINS.size()));
			String kind = ThreadLocalRandom.current().nextBoolean() ? checkPreflight(origin) : checkActual(origin);
			seen.computeIfAbsent(kind, (key) -> new LongAdder()).increment();
			sent++;
		}
		return sent;
	}

	private String checkPreflight(String origin) throws IOException, InterruptedException {
		HttpResponse<String> response = send("OPTIONS", "Origin", origin, "Access-Control-Request-Method", "GET");
		Optional<String> allowed = header(response, "Access-Control-Allow-Origin");
		if (allowed.isEmpty()) {
			assertThat(response.statusCode()).isEqualTo(403);
			assertNoOtherCorsHeader(response);
			return "preflight rejected " + name(origin);
		}
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(allowed).contains(origin);
		Generation generation = Generation.ofMethods(header(response, "Access-Control-Allow-Methods").orElse(null));
		assertThat(header(response, "Access-Control-Max-Age")).as("max-age of generation " + generation)
			.contains(generation.maxAge);
		return "preflight allowed " + decidedBy(response, origin, generation);
	}

	private String checkActual(String origin) throws IOException, InterruptedException {
		HttpResponse<String> response = send("GET", "Origin", origin);
		assertThat(response.statusCode()).as("the handler's answer, never a 5xx").isEqualTo(200);
		Optional<String> allowed = header(response, "Access-Control-Allow-Origin");
		assertThat(allowed.orElse("none")).as("the answer as the handler saw it before the response committed")
			.isEqualTo(header(response, "X-Handler-Saw-Allow-Origin").orElseThrow());
		if (allowed.isEmpty()) {
			assertNoOtherCorsHeader(response);
			return "actual rejected " + name(origin);
		}
		assertThat(allowed).contains(origin);
		Generation generation = Generation.ofExposed(header(response, "Access-Control-Expose-Headers").orElse(null));
		return "actual allowed " + decidedBy(response, origin, generation);
	}

	/** The credentials header, and for A or B the origin, must be those of the generation the other headers show. */
	private static String decidedBy(HttpResponse<String> response, String origin, Generation generation) {
		assertThat(header(response, "Access-Control-Allow-Credentials")).as("credentials of generation " + generation)
			.isEqualTo(generation.credentials);
		if (origin.equals(C)) {
			return "C under " + generation;
		}
		assertThat(origin).as("an origin allowed only by its own generation, here " + generation)
			.isEqualTo(generation.origin);
		return name(origin);
	}

	private static void assertNoOtherCorsHeader(HttpResponse<String> response) {
		for (String name : List.of("Access-Control-Allow-Credentials", "Access-Control-Expose-Headers",
				"Access-Control-Allow-Methods", "Access-Control-Max-Age")) {
			assertThat(header(response, name)).as(name + " without Access-Control-Allow-Origin").isEmpty();
		}
	}

	private static String name(String origin) {
		return origin.substring("https://".length(), "https://".length() + 1).toUpperCase(Locale.ROOT);
	}

	private static Optional<String> header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name);
	}

	private HttpResponse<String> send(String method, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/items"))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(60));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The two policies the snapshots alternate between, and how each shows in a response. */
	private enum Generation {

		A(LiveSnapshotReactiveConcurrencyTests.A, true, "X-Gen-A", "GET,PUT", "100"),

		B(LiveSnapshotReactiveConcurrencyTests.B, false, "X-Gen-B", "GET,PATCH", "200");

		final String origin;

		final Optional<String> credentials;

		final String exposed;

		final String methods;

		final String maxAge;

		Generation(String origin, boolean credentials, String exposed, String methods, String maxAge) {
			this.origin = origin;
			this.credentials = credentials ? Optional.of("true") : Optional.empty();
			this.exposed = exposed;
			this.methods = methods;
			this.maxAge = maxAge;
		}

		Map<String, Object> properties() {
			return Map.of("cors.allow-credentials", String.valueOf(this.credentials.isPresent()),
					"cors.exposed-headers", this.exposed, "cors.allowed-methods", this.methods, "cors.max-age",
					this.maxAge + "s");
		}

		static Generation ofMethods(@Nullable String methods) {
			for (Generation generation : values()) {
				if (generation.methods.replace(",", ", ").equals(methods)) {
					return generation;
				}
			}
			throw new AssertionError("Access-Control-Allow-Methods of neither generation: " + methods);
		}

		static Generation ofExposed(@Nullable String exposed) {
			for (Generation generation : values()) {
				if (generation.exposed.equals(exposed)) {
					return generation;
				}
			}
			throw new AssertionError("Access-Control-Expose-Headers of neither generation: " + exposed);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		/** Read on demand only: every snapshot is one the test swapped in. */
		@Bean
		InMemoryOriginSource memoryOriginSource() {
			return new InMemoryOriginSource("memory", true, Duration.ofHours(1));
		}

		@Bean
		SecurityWebFilterChain openChain(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
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

		/**
		 * Records what the filter wrote before the handler, then answers a little later, so that
		 * snapshots are swapped between the filter and the commit of the response.
		 */
		@GetMapping("/api/items")
		Mono<String> items(ServerHttpResponse response) {
			String allowed = response.getHeaders().getFirst("Access-Control-Allow-Origin");
			response.getHeaders().set("X-Handler-Saw-Allow-Origin", (allowed != null) ? allowed : "none");
			return Mono.delay(Duration.ofMillis(ThreadLocalRandom.current().nextInt(5))).thenReturn("items");
		}

	}

}
