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

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;

import io.github.corspolicy.core.CorsRequest;

/**
 * One request in both forms, built once before measuring: the core's {@link CorsRequest} and the
 * servlet request Spring's processor reads. Both know the server's own origin, so both check for a
 * same-origin request.
 *
 * @param core what the core evaluates
 * @param servlet what Spring's processor (and the starter's request adapter) reads
 */
record Exchange(CorsRequest core, MockHttpServletRequest servlet) {

	static final String PATH = "/api/v1/credits/balance";

	/** What the starter reads as the server's origin from a mock request: http, localhost, port 80. */
	static final String SERVER_ORIGIN = "http://localhost";

	static Exchange actual(@Nullable String origin) {
		return of("GET", origin, null, null);
	}

	static Exchange preflight(String origin, String requestMethod, String requestHeaders) {
		return of("OPTIONS", origin, requestMethod, requestHeaders);
	}

	private static Exchange of(String method, @Nullable String origin, @Nullable String requestMethod,
			@Nullable String requestHeaders) {
		MockHttpServletRequest servlet = new MockHttpServletRequest(method, PATH);
		addHeader(servlet, "Origin", origin);
		addHeader(servlet, "Access-Control-Request-Method", requestMethod);
		addHeader(servlet, "Access-Control-Request-Headers", requestHeaders);
		CorsRequest request = CorsRequest.builder(method)
			.origin(origin)
			.accessControlRequestMethod(requestMethod)
			.accessControlRequestHeaders(requestHeaders)
			.serverOrigin(SERVER_ORIGIN)
			.build();
		return new Exchange(request, servlet);
	}

	private static void addHeader(MockHttpServletRequest request, String name, @Nullable String value) {
		if (value != null) {
			request.addHeader(name, value);
		}
	}

}
