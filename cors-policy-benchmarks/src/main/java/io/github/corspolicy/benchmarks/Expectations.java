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
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;

import io.github.corspolicy.core.CorsDecision.Outcome;
import io.github.corspolicy.core.CorsPolicy;

/**
 * Checks, before measuring, that each engine decides as the benchmark's name says: a benchmark of
 * an allowed request that is in fact rejected would measure the wrong path.
 */
final class Expectations {

	private Expectations() {
	}

	static void core(CorsPolicy policy, Exchange exchange, Outcome expected) {
		Outcome actual = policy.evaluate(exchange.core()).outcome();
		if (actual != expected) {
			throw new IllegalStateException("core: expected " + expected + " but was " + actual + " for " + exchange);
		}
	}

	/**
	 * @param allowOrigin the expected {@code Access-Control-Allow-Origin}, {@code null} for none
	 * @param accepted what {@code processRequest} is expected to return
	 */
	static void spring(CorsProcessor processor, CorsConfiguration configuration, Exchange exchange,
			@Nullable String allowOrigin, boolean accepted) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		boolean result;
		try {
			result = processor.processRequest(configuration, exchange.servlet(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String header = response.getHeader("Access-Control-Allow-Origin");
		boolean sameHeader = (allowOrigin != null) ? allowOrigin.equals(header) : header == null;
		if (result != accepted || !sameHeader) {
			throw new IllegalStateException("spring: expected " + accepted + "/" + allowOrigin + " but was " + result
					+ "/" + header + " for " + exchange);
		}
	}

}
