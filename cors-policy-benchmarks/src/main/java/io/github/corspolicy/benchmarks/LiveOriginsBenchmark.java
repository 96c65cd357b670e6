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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletException;

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

import io.github.corspolicy.benchmarks.live.LiveOrigins;
import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsDecision.Outcome;
import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.live.LivePolicyBuilder;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.servlet.CorsPolicyFilter;
import io.github.corspolicy.spring.servlet.ServletCorsMappings;

/**
 * A policy whose exact origins come from a source (1 or 100,000 entries), built by the starter's
 * own snapshot builder as a refresh builds it: {@code *_core} evaluates a prebuilt request and
 * writes the headers into a {@link TallyHeaderSink}, for the last origin inserted, a middle one and
 * a rejected one. {@code *_liveFilter} runs the servlet filter over a refreshable
 * {@link LiveCorsMappings} (one volatile read and the request attribute that keeps the snapshot),
 * {@code *_fixedFilter} over the same mappings fixed, as without live origins.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
public class LiveOriginsBenchmark {

	@State(Scope.Thread)
	public static class Fixture {

		/** Exact origins from the source, besides the one of the properties. */
		@Param({ "1", "100000" })
		int origins;

		CorsPolicy policy;

		final TallyHeaderSink sink = new TallyHeaderSink();

		CorsPolicyFilter liveFilter;

		CorsPolicyFilter fixedFilter;

		Exchange last;

		Exchange middle;

		Exchange rejected;

		@Setup
		public void setUp() {
			LivePolicyBuilder.Result result = LiveOrigins.builder()
				.build(Map.of("benchmark", LiveOrigins.entries(this.origins)));
			CorsMappings mappings = result.mappings();
			if (mappings == null || !result.skipped().isEmpty()) {
				throw new IllegalStateException("The snapshot was refused: " + result.problems() + result.skipped());
			}
			this.policy = mappings.defaultMapping().policy();
			LiveCorsMappings live = new LiveCorsMappings(mappings, true);
			this.liveFilter = new CorsPolicyFilter(
					new ServletCorsMappings(live, Set.of(ServletCorsMappings.DISPATCHER_SERVLET_NAME)), List.of());
			this.fixedFilter = new CorsPolicyFilter(mappings, List.of());
			this.last = Exchange.actual(LiveOrigins.origin(this.origins - 1));
			this.middle = Exchange.actual(LiveOrigins.origin(this.origins / 2));
			this.rejected = Exchange.actual(OriginCountBenchmark.REJECTED_ORIGIN);
			Expectations.core(this.policy, this.last, Outcome.ACTUAL_ACCEPTED);
			Expectations.core(this.policy, this.middle, Outcome.ACTUAL_ACCEPTED);
			Expectations.core(this.policy, this.rejected, Outcome.ACTUAL_ORIGIN_NOT_ALLOWED);
			expectAllowed(this.liveFilter);
			expectAllowed(this.fixedFilter);
		}

		private void expectAllowed(CorsPolicyFilter filter) {
			String expected = LiveOrigins.origin(this.origins - 1);
			try {
				String actual = filter(filter, this.last).getHeader("Access-Control-Allow-Origin");
				if (!expected.equals(actual)) {
					throw new IllegalStateException(filter + " allowed " + actual + ", not " + expected);
				}
			}
			catch (IOException | ServletException ex) {
				throw new IllegalStateException(ex);
			}
		}

		CorsDecision core(Exchange exchange) {
			CorsRequest request = exchange.core();
			CorsDecision decision = this.policy.evaluate(request);
			decision.writeHeaders(request, this.sink);
			return decision;
		}

	}

	/**
	 * The filter on a new mock response; the request attribute the live filter keeps its mapping in
	 * is removed afterwards (from both, for the same work), as a new request would not have it.
	 */
	static MockHttpServletResponse filter(CorsPolicyFilter filter, Exchange exchange)
			throws IOException, ServletException {
		MockHttpServletResponse response = FilterBenchmark.run(filter, exchange);
		exchange.servlet().removeAttribute(ServletCorsMappings.MAPPING_ATTRIBUTE);
		return response;
	}

	@Benchmark
	public CorsDecision allowedLast_core(Fixture fixture) {
		return fixture.core(fixture.last);
	}

	@Benchmark
	public CorsDecision allowedMiddle_core(Fixture fixture) {
		return fixture.core(fixture.middle);
	}

	@Benchmark
	public CorsDecision rejected_core(Fixture fixture) {
		return fixture.core(fixture.rejected);
	}

	@Benchmark
	public MockHttpServletResponse allowedLast_liveFilter(Fixture fixture) throws IOException, ServletException {
		return filter(fixture.liveFilter, fixture.last);
	}

	@Benchmark
	public MockHttpServletResponse allowedLast_fixedFilter(Fixture fixture) throws IOException, ServletException {
		return filter(fixture.fixedFilter, fixture.last);
	}

}
