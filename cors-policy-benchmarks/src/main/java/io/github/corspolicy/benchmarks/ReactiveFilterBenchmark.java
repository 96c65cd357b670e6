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

import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.springframework.http.HttpMethod;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.DefaultServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.reactive.CorsPolicyWebFilter;

/**
 * The reactive counterpart of {@link FilterBenchmark}: the starter's {@link CorsPolicyWebFilter}
 * against Spring's {@link CorsWebFilter} (its reactive {@code DefaultCorsProcessor}, a reactive
 * {@link UrlBasedCorsConfigurationSource} on {@code /**}), with the policies of
 * {@link OriginCountBenchmark}. Each operation makes a new exchange of a prebuilt spring-test
 * {@link MockServerHttpRequest} and a new {@link MockServerHttpResponse}, runs the filter with a
 * chain that completes at once, then completes the response as the server's adapter would, so both
 * sides pay for the commit (ours adds its headers there again). {@link #newExchange} measures what
 * both sides pay for the exchange and the subscription alone.
 * <p>
 * The exchange is a {@link DefaultServerWebExchange} sharing one session manager, codec
 * configurer and locale resolver, as Spring's {@code HttpWebHandlerAdapter} does for every request:
 * {@code MockServerWebExchange.from} creates all three per exchange (every codec included), which
 * costs far more than either filter and would drown the comparison.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReactiveFilterBenchmark {

	static final WebFilterChain COMPLETED = (exchange) -> Mono.empty();

	static final String URL = "http://localhost" + Exchange.PATH;

	static final WebSessionManager SESSIONS = new DefaultWebSessionManager();

	static final ServerCodecConfigurer CODECS = ServerCodecConfigurer.create();

	static final LocaleContextResolver LOCALES = new AcceptHeaderLocaleContextResolver();

	@State(Scope.Thread)
	public static class Fixture {

		/** Exact origins in the policy, besides the three patterns. */
		@Param({ "1", "100", "1000", "10000" })
		int origins;

		WebFilter starter;

		WebFilter spring;

		MockServerHttpRequest allowed;

		MockServerHttpRequest rejected;

		MockServerHttpRequest preflight;

		@Setup
		public void setUp() {
			List<String> exact = Policies.exactOrigins(this.origins);
			CorsMapping mapping = new CorsMapping("default", List.of(), Policies.core(exact, Policies.PATTERNS, List.of()),
					"cors.");
			this.starter = new CorsPolicyWebFilter(CorsMappings.of(mapping), List.of(), 0);
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/**", Policies.spring(exact, Policies.PATTERNS));
			this.spring = new CorsWebFilter(source);
			String last = exact.get(exact.size() - 1);
			this.allowed = request(HttpMethod.GET, last, null);
			this.rejected = request(HttpMethod.GET, OriginCountBenchmark.REJECTED_ORIGIN, null);
			this.preflight = request(HttpMethod.OPTIONS, last, "PUT");
			for (WebFilter filter : List.of(this.starter, this.spring)) {
				expectAllowOrigin(filter, this.allowed, last);
				expectAllowOrigin(filter, this.preflight, last);
				expectAllowOrigin(filter, this.rejected, null);
			}
		}

		private static void expectAllowOrigin(WebFilter filter, MockServerHttpRequest request,
				@Nullable String expected) {
			String actual = run(filter, request).getResponse().getHeaders().getFirst("Access-Control-Allow-Origin");
			boolean same = (expected != null) ? expected.equals(actual) : actual == null;
			if (!same) {
				throw new IllegalStateException(filter + ": expected Access-Control-Allow-Origin " + expected
						+ " but was " + actual + " for " + request.getMethod() + " from " + request.getHeaders().getOrigin());
			}
		}

	}

	static MockServerHttpRequest request(HttpMethod method, String origin, @Nullable String requestMethod) {
		MockServerHttpRequest.BaseBuilder<?> builder = MockServerHttpRequest.method(method, URL).header("Origin", origin);
		if (requestMethod != null) {
			builder.header("Access-Control-Request-Method", requestMethod)
				.header("Access-Control-Request-Headers", OriginCountBenchmark.REQUESTED_HEADERS);
		}
		return builder.build();
	}

	/** The filter, a chain that completes at once, then the commit the server's adapter does. */
	static ServerWebExchange run(WebFilter filter, MockServerHttpRequest request) {
		ServerWebExchange exchange = new DefaultServerWebExchange(request, new MockServerHttpResponse(), SESSIONS, CODECS,
				LOCALES);
		filter.filter(exchange, COMPLETED).then(Mono.defer(exchange.getResponse()::setComplete)).block();
		return exchange;
	}

	/** What both sides pay besides the filter: the exchange, the chain's commit and the subscription. */
	@Benchmark
	public ServerWebExchange newExchange(NoFilter fixture) {
		return run(fixture.none, fixture.allowed);
	}

	@Benchmark
	public ServerWebExchange allowed_starterWebFilter(Fixture fixture) {
		return run(fixture.starter, fixture.allowed);
	}

	@Benchmark
	public ServerWebExchange allowed_springCorsWebFilter(Fixture fixture) {
		return run(fixture.spring, fixture.allowed);
	}

	@Benchmark
	public ServerWebExchange rejected_starterWebFilter(Fixture fixture) {
		return run(fixture.starter, fixture.rejected);
	}

	@Benchmark
	public ServerWebExchange rejected_springCorsWebFilter(Fixture fixture) {
		return run(fixture.spring, fixture.rejected);
	}

	@Benchmark
	public ServerWebExchange preflight_starterWebFilter(Fixture fixture) {
		return run(fixture.starter, fixture.preflight);
	}

	@Benchmark
	public ServerWebExchange preflight_springCorsWebFilter(Fixture fixture) {
		return run(fixture.spring, fixture.preflight);
	}

	/** A filter that only calls the chain, for {@link #newExchange}; no origin count. */
	@State(Scope.Thread)
	public static class NoFilter {

		final WebFilter none = (exchange, chain) -> chain.filter(exchange);

		final MockServerHttpRequest allowed = request(HttpMethod.GET, "https://app0.example.com", null);

	}

}
