package io.github.corspolicy.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
 * {@code /**}, with the one-origin policy of {@link OriginCountBenchmark}. Both pay for a new mock
 * response ({@link AdapterBenchmark#springNewMockResponse}) and for the mock request's header
 * lookups.
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

		Filter starter;

		Filter spring;

		Exchange noOrigin;

		Exchange allowedActual;

		Exchange preflight;

		@Setup
		public void setUp() {
			List<String> exact = Policies.exactOrigins(1);
			CorsMapping mapping = new CorsMapping("default", List.of(), Policies.core(exact, Policies.PATTERNS, List.of()),
					"cors.");
			this.starter = new CorsPolicyFilter(CorsMappings.of(mapping), List.of());
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/**", Policies.spring(exact, Policies.PATTERNS));
			this.spring = new CorsFilter(source);
			this.noOrigin = Exchange.actual(null);
			this.allowedActual = Exchange.actual(exact.get(0));
			this.preflight = Exchange.preflight(exact.get(0), "PUT", OriginCountBenchmark.REQUESTED_HEADERS);
			for (Exchange exchange : List.of(this.allowedActual, this.preflight)) {
				expectAllowOrigin(this.starter, exchange);
				expectAllowOrigin(this.spring, exchange);
			}
		}

		private static void expectAllowOrigin(Filter filter, Exchange exchange) {
			try {
				MockHttpServletResponse response = run(filter, exchange);
				if (!exchange.core().origin().equals(response.getHeader("Access-Control-Allow-Origin"))) {
					throw new IllegalStateException(filter + " did not allow " + exchange);
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

}
