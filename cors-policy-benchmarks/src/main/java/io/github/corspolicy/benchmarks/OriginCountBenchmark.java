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

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsDecision.Outcome;
import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.servlet.ServletCorsRequests;
import io.github.corspolicy.spring.servlet.ServletHeaderSink;

/**
 * The everyday requests, side by side: {@code <scenario>_core} evaluates a prebuilt
 * {@link CorsRequest} and writes the headers into a {@link TallyHeaderSink};
 * {@code <scenario>_spring} runs {@link DefaultCorsProcessor#processRequest} on a prebuilt
 * servlet request and a new mock response (the response's cost is measured alone in
 * {@link AdapterBenchmark}). {@code <scenario>_coreServlet} does what the starter's filter does:
 * reads the servlet request, evaluates, and writes the headers into a new mock response.
 * <p>
 * The allowed origin is the last configured one: the worst case for a list scan, no different for
 * a hash set.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OriginCountBenchmark {

	static final String PATTERN_ORIGIN = "https://tenant-42.example.org";

	static final String REJECTED_ORIGIN = "https://evil.example.net";

	static final String REQUESTED_HEADERS = "authorization,content-type,x-request-id";

	@State(Scope.Thread)
	public static class Fixture {

		/** Exact origins in the policy, besides the three patterns. */
		@Param({ "1", "100", "1000", "10000" })
		int origins;

		CorsPolicy policy;

		CorsConfiguration configuration;

		final DefaultCorsProcessor processor = new DefaultCorsProcessor();

		final TallyHeaderSink sink = new TallyHeaderSink();

		Exchange noOrigin;

		Exchange allowedActual;

		Exchange preflight;

		Exchange rejectedOrigin;

		Exchange patternOrigin;

		@Setup
		public void setUp() {
			List<String> exact = Policies.exactOrigins(this.origins);
			this.policy = Policies.core(exact, Policies.PATTERNS, List.of());
			this.configuration = Policies.spring(exact, Policies.PATTERNS);
			String allowed = exact.get(exact.size() - 1);
			this.noOrigin = Exchange.actual(null);
			this.allowedActual = Exchange.actual(allowed);
			this.preflight = Exchange.preflight(allowed, "PUT", REQUESTED_HEADERS);
			this.rejectedOrigin = Exchange.actual(REJECTED_ORIGIN);
			this.patternOrigin = Exchange.actual(PATTERN_ORIGIN);
			verify(allowed);
		}

		private void verify(String allowed) {
			Expectations.core(this.policy, this.noOrigin, Outcome.NOT_CORS);
			Expectations.core(this.policy, this.allowedActual, Outcome.ACTUAL_ACCEPTED);
			Expectations.core(this.policy, this.preflight, Outcome.PREFLIGHT_ACCEPTED);
			Expectations.core(this.policy, this.rejectedOrigin, Outcome.ACTUAL_ORIGIN_NOT_ALLOWED);
			Expectations.core(this.policy, this.patternOrigin, Outcome.ACTUAL_ACCEPTED);
			Expectations.spring(this.processor, this.configuration, this.noOrigin, null, true);
			Expectations.spring(this.processor, this.configuration, this.allowedActual, allowed, true);
			Expectations.spring(this.processor, this.configuration, this.preflight, allowed, true);
			Expectations.spring(this.processor, this.configuration, this.rejectedOrigin, null, false);
			Expectations.spring(this.processor, this.configuration, this.patternOrigin, PATTERN_ORIGIN, true);
		}

		CorsDecision core(Exchange exchange) {
			CorsRequest request = exchange.core();
			CorsDecision decision = this.policy.evaluate(request);
			decision.writeHeaders(request, this.sink);
			return decision;
		}

		MockHttpServletResponse spring(Exchange exchange) throws IOException {
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.processor.processRequest(this.configuration, exchange.servlet(), response);
			return response;
		}

		MockHttpServletResponse coreServlet(Exchange exchange) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			CorsRequest request = ServletCorsRequests.from(exchange.servlet());
			this.policy.evaluate(request).writeHeaders(request, new ServletHeaderSink(response));
			return response;
		}

	}

	@Benchmark
	public CorsDecision noOrigin_core(Fixture fixture) {
		return fixture.core(fixture.noOrigin);
	}

	@Benchmark
	public MockHttpServletResponse noOrigin_spring(Fixture fixture) throws IOException {
		return fixture.spring(fixture.noOrigin);
	}

	@Benchmark
	public CorsDecision allowedActual_core(Fixture fixture) {
		return fixture.core(fixture.allowedActual);
	}

	@Benchmark
	public MockHttpServletResponse allowedActual_spring(Fixture fixture) throws IOException {
		return fixture.spring(fixture.allowedActual);
	}

	@Benchmark
	public MockHttpServletResponse allowedActual_coreServlet(Fixture fixture) {
		return fixture.coreServlet(fixture.allowedActual);
	}

	@Benchmark
	public CorsDecision preflight_core(Fixture fixture) {
		return fixture.core(fixture.preflight);
	}

	@Benchmark
	public MockHttpServletResponse preflight_spring(Fixture fixture) throws IOException {
		return fixture.spring(fixture.preflight);
	}

	@Benchmark
	public MockHttpServletResponse preflight_coreServlet(Fixture fixture) {
		return fixture.coreServlet(fixture.preflight);
	}

	@Benchmark
	public CorsDecision rejectedOrigin_core(Fixture fixture) {
		return fixture.core(fixture.rejectedOrigin);
	}

	@Benchmark
	public MockHttpServletResponse rejectedOrigin_spring(Fixture fixture) throws IOException {
		return fixture.spring(fixture.rejectedOrigin);
	}

	@Benchmark
	public CorsDecision patternOrigin_core(Fixture fixture) {
		return fixture.core(fixture.patternOrigin);
	}

	@Benchmark
	public MockHttpServletResponse patternOrigin_spring(Fixture fixture) throws IOException {
		return fixture.spring(fixture.patternOrigin);
	}

}
