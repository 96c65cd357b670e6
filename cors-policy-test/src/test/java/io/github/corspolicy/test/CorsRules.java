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
package io.github.corspolicy.test;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A deliberately tiny server-side CORS handler for one origin, written by hand so that these
 * tests depend on no real implementation, and can be configured into each misconfiguration.
 */
record CorsRules(String origin, String allowOrigin, boolean credentials, String methods, String headers,
		String exposed) {

	static final String ORIGIN = "https://app.example.com";

	/** Allows {@link #ORIGIN} with credentials, PUT besides the simple methods, Authorization and Content-Type. */
	static CorsRules strict() {
		return new CorsRules(ORIGIN, ORIGIN, true, "GET, HEAD, POST, PUT", "authorization, content-type", "");
	}

	CorsRules withoutCredentials() {
		return new CorsRules(this.origin, this.allowOrigin, false, this.methods, this.headers, this.exposed);
	}

	/** Answers {@code Access-Control-Allow-Origin: *} to any origin. */
	CorsRules withWildcardOrigin() {
		return new CorsRules(this.origin, "*", this.credentials, this.methods, this.headers, this.exposed);
	}

	CorsRules exposing(String exposed) {
		return new CorsRules(this.origin, this.allowOrigin, this.credentials, this.methods, this.headers, exposed);
	}

	/** The CORS headers for a request from the origin, a preflight or not. */
	Map<String, String> headersFor(@Nullable String requestOrigin, boolean preflight) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Vary", "Origin");
		if (!this.allowOrigin.equals("*") && !this.origin.equals(requestOrigin)) {
			return headers;
		}
		headers.put("Access-Control-Allow-Origin", this.allowOrigin);
		if (this.credentials) {
			headers.put("Access-Control-Allow-Credentials", "true");
		}
		if (preflight) {
			headers.put("Access-Control-Allow-Methods", this.methods);
			headers.put("Access-Control-Allow-Headers", this.headers);
		}
		else if (!this.exposed.isEmpty()) {
			headers.put("Access-Control-Expose-Headers", this.exposed);
		}
		return headers;
	}

}
