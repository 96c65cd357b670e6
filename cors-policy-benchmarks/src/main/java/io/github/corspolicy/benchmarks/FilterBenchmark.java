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

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.servlet.CorsPolicyFilter;

/**
 * The whole filter on each side, servlet request in, mock response out, with a chain that does
 * nothing: the starter's {@link CorsPolicyFilter} against Spring's {@link CorsFilter} on
 * {@code /**}, with the policies of {@link OriginCountBenchmark} (1 to 10,000 exact origins, the
 * allowed origin the last of them). Both pay for a new mock response
 * ({@link AdapterBenchmark#springNewMockResponse}) and for the mock request's header lookups.
 * {@link ReactiveFilterBenchmark} measures the reactive filters on the same requests.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FilterBenchmark {

	static final FilterChain NOTHING = (request, response) -> {
	};

	@State(Scope.Thread)
	public static class Fixture {

		/** Exact origins in the policy, besides the three patterns. */
		@Param({ "1", "100", "1000", "10000" })
		int origins;

		Filter starter;

		Filter spring;

		Exchange noOrigin;

		Exchange allowedActual;

		Exchange preflight;

		Exchange rejected;

		@Setup
		public void setUp() {
			List<String> exact = Policies.exactOrigins(this.origins);
			CorsMapping mapping = new CorsMapping("default", List.of(), Policies.core(exact, Policies.PATTERNS, List.of()),
					"cors.");
			this.starter = new CorsPolicyFilter(CorsMappings.of(mapping), List.of());
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/**", Policies.spring(exact, Policies.PATTERNS));
			this.spring = new CorsFilter(source);
			this.noOrigin = Exchange.actual(null);
			String last = exact.get(exact.size() - 1);
			this.allowedActual = Exchange.actual(last);
			this.preflight = Exchange.preflight(last, "PUT", OriginCountBenchmark.REQUESTED_HEADERS);
			this.rejected = Exchange.actual(OriginCountBenchmark.REJECTED_ORIGIN);
			for (Filter filter : List.of(this.starter, this.spring)) {
				expectAllowOrigin(filter, this.allowedActual, last);
				expectAllowOrigin(filter, this.preflight, last);
				expectAllowOrigin(filter, this.rejected, null);
			}
		}

		private static void expectAllowOrigin(Filter filter, Exchange exchange, @Nullable String expected) {
			try {
				String actual = run(filter, exchange).getHeader("Access-Control-Allow-Origin");
				boolean same = (expected != null) ? expected.equals(actual) : actual == null;
				if (!same) {
					throw new IllegalStateException(filter + ": expected Access-Control-Allow-Origin " + expected
							+ " but was " + actual + " for " + exchange);
				}
			}
			catch (IOException | ServletException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	static MockHttpServletResponse run(Filter filter, Exchange exchange) throws IOException, ServletException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(exchange.servlet(), response, NOTHING);
		return response;
	}

	@Benchmark
	public MockHttpServletResponse noOrigin_starterFilter(Fixture fixture) throws IOException, ServletException {
		return run(fixture.starter, fixture.noOrigin);
	}

	@Benchmark
	public MockHttpServletResponse noOrigin_springCorsFilter(Fixture fixture) throws IOException, ServletException {
		return run(fixture.spring, fixture.noOrigin);
	}

	@Benchmark
	public MockHttpServletResponse allowedActual_starterFilter(Fixture fixture) throws IOException, ServletException {
		return run(fixture.starter, fixture.allowedActual);
	}

	@Benchmark
	public MockHttpServletResponse allowedActual_springCorsFilter(Fixture fixture)
			throws IOException, ServletException {
		return run(fixture.spring, fixture.allowedActual);
	}

	@Benchmark
	public MockHttpServletResponse preflight_starterFilter(Fixture fixture) throws IOException, ServletException {
		return run(fixture.starter, fixture.preflight);
	}

	@Benchmark
	public MockHttpServletResponse preflight_springCorsFilter(Fixture fixture) throws IOException, ServletException {
		return run(fixture.spring, fixture.preflight);
	}

	@Benchmark
	public MockHttpServletResponse rejected_starterFilter(Fixture fixture) throws IOException, ServletException {
		return run(fixture.starter, fixture.rejected);
	}

	@Benchmark
	public MockHttpServletResponse rejected_springCorsFilter(Fixture fixture) throws IOException, ServletException {
		return run(fixture.spring, fixture.rejected);
	}

}
