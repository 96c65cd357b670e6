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
package io.github.corspolicy.spring.servlet;

import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.CorsRequest;

/**
 * Reads the CORS view of a servlet request. A header sent on several lines is joined with
 * {@code ", "}, as RFC 9110 section 5.3 allows; the core then sees a list where it expects one
 * value, and rejects it. The {@code Access-Control-Request-*} headers are read only for
 * {@code OPTIONS}: only a preflight asks anything with them.
 */
public final class ServletCorsRequests {

	private ServletCorsRequests() {
	}

	public static CorsRequest from(HttpServletRequest request) {
		String origin = joined(request, "Origin");
		if (origin == null) {
			return CorsRequest.builder(request.getMethod()).build();
		}
		CorsRequest.Builder builder = CorsRequest.builder(request.getMethod()).origin(origin);
		if ("OPTIONS".equals(request.getMethod())) {
			builder.accessControlRequestMethod(joined(request, "Access-Control-Request-Method"))
				.accessControlRequestHeaders(joined(request, "Access-Control-Request-Headers"))
				.accessControlRequestPrivateNetwork(joined(request, "Access-Control-Request-Private-Network"));
		}
		// after Boot's forwarded-header handling when configured
		return builder.serverOrigin(request.getScheme(), request.getServerName(), request.getServerPort()).build();
	}

	private static @Nullable String joined(HttpServletRequest request, String name) {
		String first = request.getHeader(name);
		if (first == null) {
			return null;
		}
		Enumeration<String> lines = request.getHeaders(name);
		if (lines == null || !lines.hasMoreElements()) {
			return first;
		}
		lines.nextElement();
		if (!lines.hasMoreElements()) {
			return first; // one line, the common case: nothing to join
		}
		StringBuilder joined = new StringBuilder(first);
		while (lines.hasMoreElements()) {
			joined.append(", ").append(lines.nextElement());
		}
		return joined.toString();
	}

}
