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
package io.github.corspolicy.spring.reactive;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

import io.github.corspolicy.core.CorsRequest;

/**
 * Reads the CORS view of a reactive request, as {@code ServletCorsRequests} does a servlet one: a
 * header sent on several lines is joined with {@code ", "} (RFC 9110 section 5.3), so the core sees
 * a list where it expects one value, and rejects it.
 */
public final class ExchangeCorsRequests {

	private ExchangeCorsRequests() {
	}

	public static CorsRequest from(ServerHttpRequest request) {
		HttpHeaders headers = request.getHeaders();
		CorsRequest.Builder builder = CorsRequest.builder(request.getMethod().name());
		String origin = joined(headers, "Origin");
		if (origin == null) {
			return builder.build();
		}
		builder.origin(origin);
		// each lookup lower-cases its name; only a preflight asks anything with these
		if (request.getMethod() == HttpMethod.OPTIONS) {
			builder.accessControlRequestMethod(joined(headers, "Access-Control-Request-Method"))
				.accessControlRequestHeaders(joined(headers, "Access-Control-Request-Headers"))
				.accessControlRequestPrivateNetwork(joined(headers, "Access-Control-Request-Private-Network"));
		}
		// the address after Spring's forwarded-header handling when configured; unknown without a host
		URI uri = request.getURI();
		if (uri.getScheme() != null && uri.getHost() != null) {
			builder.serverOrigin(uri.getScheme(), uri.getHost(), uri.getPort());
		}
		return builder.build();
	}

	private static @Nullable String joined(HttpHeaders headers, String name) {
		List<String> lines = headers.get(name);
		if (lines == null || lines.isEmpty()) {
			return null;
		}
		return (lines.size() == 1) ? lines.get(0) : String.join(", ", lines);
	}

}
