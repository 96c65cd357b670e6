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
package io.github.corspolicy.spring.servlet.hardening;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.github.corspolicy.spring.servlet.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded load through the real server, mixing allowed and rejected origins, preflights and actual
 * requests: no server error, and every response's CORS headers belong to its own request.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = HardeningApplication.class)
@ActiveProfiles("hardening")
class ConcurrencyTests {

	private static final List<String> ALLOWED = List.of("http://localhost:3000", "http://127.0.0.1:3000",
			"http://localhost:5173", "http://127.0.0.1:5173");

	private static final int THREADS = 8;

	private static final int REQUESTS_PER_THREAD = 500;

	@LocalServerPort
	private int port;

	@Test
	void everyResponseCarriesTheCorsHeadersOfItsOwnRequest() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int thread = 0; thread < THREADS; thread++) {
				long seed = thread;
				results.add(pool.submit(() -> run(new SplittableRandom(seed), seed)));
			}
			List<String> problems = new ArrayList<>();
			for (Future<List<String>> result : results) {
				problems.addAll(result.get());
			}
			assertThat(problems).isEmpty();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<String> run(SplittableRandom random, long thread) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
			boolean allowed = random.nextBoolean();
			String origin = allowed ? ALLOWED.get(random.nextInt(ALLOWED.size()))
					: "https://junk-" + thread + "-" + i + ".example";
			String requestId = "t" + thread + "-r" + i;
			boolean preflight = random.nextInt(3) == 0;
			HttpResponse<Void> response = client.send(request(origin, requestId, preflight),
					HttpResponse.BodyHandlers.discarding());
			String problem = check(response, origin, allowed, preflight, requestId);
			if (problem != null) {
				problems.add(problem);
			}
		}
		return problems;
	}

	private HttpRequest request(String origin, String requestId, boolean preflight) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/credits/balance"))
			.header("Origin", origin)
			.header("X-Request-ID", requestId);
		if (preflight) {
			return request.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Access-Control-Request-Method", "GET")
				.header("Access-Control-Request-Headers", "authorization,x-request-id")
				.build();
		}
		return request.header("Authorization", "Bearer demo-token").GET().build();
	}

	private static String check(HttpResponse<Void> response, String origin, boolean allowed, boolean preflight,
			String requestId) {
		List<String> allowOrigin = response.headers().allValues("Access-Control-Allow-Origin");
		int expectedStatus = preflight ? (allowed ? 204 : 403) : 200;
		if (response.statusCode() != expectedStatus) {
			return requestId + ": status " + response.statusCode() + ", expected " + expectedStatus;
		}
		if (!allowOrigin.equals(allowed ? List.of(origin) : List.of())) {
			return requestId + " from " + origin + ": Access-Control-Allow-Origin " + allowOrigin;
		}
		if (!preflight && !Set.of(requestId).equals(Set.copyOf(response.headers().allValues("X-Request-ID")))) {
			return requestId + ": X-Request-ID " + response.headers().allValues("X-Request-ID");
		}
		return null;
	}

}
