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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsDecision.Outcome;
import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.CorsRequest;

/**
 * Input an attacker controls, against a policy of one exact origin, the usual patterns and a
 * regex: an {@code Access-Control-Request-Headers} of 1,024 commas, and a 7 KB {@code Origin}.
 * Spring has no raw regex; its policy gets the nearest pattern instead (compiled to a regex).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AdversarialBenchmark {

	static final String ALLOWED = "https://app0.example.com";

	/** "https://a.a.a. ... a.example.net": 7 KB of DNS labels that the regex walks one by one. */
	static final String LONG_ORIGIN = "https://" + "a.".repeat(3_580) + "example.net";

	static final String COMMAS = ",".repeat(1_024);

	@State(Scope.Thread)
	public static class Fixture {

		CorsPolicy policy;

		CorsConfiguration configuration;

		final DefaultCorsProcessor processor = new DefaultCorsProcessor();

		final TallyHeaderSink sink = new TallyHeaderSink();

		Exchange commas;

		Exchange longOrigin;

		@Setup
		public void setUp() {
			this.policy = Policies.core(List.of(ALLOWED), Policies.PATTERNS, List.of(Policies.REGEX));
			this.configuration = Policies.spring(List.of(ALLOWED),
					concat(Policies.PATTERNS, Policies.REGEX_AS_SPRING_PATTERN));
			this.commas = Exchange.preflight(ALLOWED, "PUT", COMMAS);
			this.longOrigin = Exchange.actual(LONG_ORIGIN);
			Expectations.core(this.policy, this.commas, Outcome.PREFLIGHT_REJECTED);
			Expectations.core(this.policy, this.longOrigin, Outcome.ACTUAL_ORIGIN_NOT_ALLOWED);
			// Spring drops empty list elements, so it accepts the preflight
			Expectations.spring(this.processor, this.configuration, this.commas, ALLOWED, true);
			Expectations.spring(this.processor, this.configuration, this.longOrigin, null, false);
		}

		private static List<String> concat(List<String> values, String value) {
			List<String> all = new ArrayList<>(values);
			all.add(value);
			return all;
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

	}

	@Benchmark
	public CorsDecision commaHeaders_core(Fixture fixture) {
		return fixture.core(fixture.commas);
	}

	@Benchmark
	public MockHttpServletResponse commaHeaders_spring(Fixture fixture) throws IOException {
		return fixture.spring(fixture.commas);
	}

	@Benchmark
	public CorsDecision longOrigin_core(Fixture fixture) {
		return fixture.core(fixture.longOrigin);
	}

	@Benchmark
	public MockHttpServletResponse longOrigin_spring(Fixture fixture) throws IOException {
		return fixture.spring(fixture.longOrigin);
	}

}
