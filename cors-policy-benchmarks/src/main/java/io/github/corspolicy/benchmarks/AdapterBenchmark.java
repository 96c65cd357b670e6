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
package io.github.corspolicy.benchmarks;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.mock.web.MockHttpServletResponse;

import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.servlet.ServletCorsRequests;

/**
 * What each side pays to adapt a request before deciding, measured alone so that it can be
 * subtracted: Spring's benchmarks create a mock response per call; the core's take a prebuilt
 * {@link CorsRequest}, which the starter's filter builds from the servlet request.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AdapterBenchmark {

	@State(Scope.Thread)
	public static class Fixture {

		// not final, so that the JIT cannot fold the record's fields into constants
		String method = "OPTIONS";

		String origin = "https://app0.example.com";

		String requestMethod = "PUT";

		String requestHeaders = OriginCountBenchmark.REQUESTED_HEADERS;

		String serverOrigin = Exchange.SERVER_ORIGIN;

		final Exchange actual = Exchange.actual(this.origin);

		final Exchange preflight = Exchange.preflight(this.origin, this.requestMethod, this.requestHeaders);

	}

	/** Spring's side: the response every {@code _spring} benchmark creates. */
	@Benchmark
	public MockHttpServletResponse springNewMockResponse() {
		return new MockHttpServletResponse();
	}

	/** The core's side, at its least: the record, from values already read. */
	@Benchmark
	public CorsRequest coreNewCorsRequest(Fixture fixture) {
		return new CorsRequest(fixture.method, fixture.origin, fixture.requestMethod, fixture.requestHeaders, null,
				fixture.serverOrigin);
	}

	/** The core's side as the filter pays it: reading an actual request. */
	@Benchmark
	public CorsRequest coreFromServletActual(Fixture fixture) {
		return ServletCorsRequests.from(fixture.actual.servlet());
	}

	/** The core's side as the filter pays it: reading a preflight. */
	@Benchmark
	public CorsRequest coreFromServletPreflight(Fixture fixture) {
		return ServletCorsRequests.from(fixture.preflight.servlet());
	}

	/**
	 * What reading the mock request costs by itself: {@code getHeader} only, as an adapter that did
	 * not copy single-line headers would, and the server origin as the starter builds it. The
	 * difference to {@link #coreFromServletActual} is the starter's header copying.
	 */
	@Benchmark
	public CorsRequest coreFromGetHeaderActual(Fixture fixture) {
		return readWithGetHeader(fixture.actual.servlet());
	}

	@Benchmark
	public CorsRequest coreFromGetHeaderPreflight(Fixture fixture) {
		return readWithGetHeader(fixture.preflight.servlet());
	}

	private static CorsRequest readWithGetHeader(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return CorsRequest.builder(request.getMethod()).build();
		}
		return CorsRequest.builder(request.getMethod())
			.origin(origin)
			.accessControlRequestMethod(request.getHeader("Access-Control-Request-Method"))
			.accessControlRequestHeaders(request.getHeader("Access-Control-Request-Headers"))
			.accessControlRequestPrivateNetwork(request.getHeader("Access-Control-Request-Private-Network"))
			.serverOrigin(serverOrigin(request))
			.build();
	}

	private static String serverOrigin(HttpServletRequest request) {
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = port < 0 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
	}

}
