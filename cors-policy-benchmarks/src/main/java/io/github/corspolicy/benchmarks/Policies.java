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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.cors.CorsConfiguration;

import io.github.corspolicy.core.CorsPolicy;

/**
 * The same policy for both engines: exact origins, a few patterns, credentials, the sample app's
 * methods and headers, and a one-hour max-age.
 */
final class Policies {

	/** The patterns of every policy; none matches a configured exact origin. */
	static final List<String> PATTERNS = List.of("https://*.example.org", "https://*.staging.example.net",
			"http://localhost:[3000,5173]");

	/** The core's regex for the regex policy, as a user would write it. */
	static final String REGEX = "https://([a-z0-9-]+\\.)*example\\.com";

	/** Spring has no raw regex: its nearest equivalent is a pattern, itself compiled to a regex. */
	static final String REGEX_AS_SPRING_PATTERN = "https://*.example.com";

	static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

	static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type", "X-Request-ID");

	static final List<String> EXPOSED_HEADERS = List.of("ETag", "X-Request-ID");

	static final Duration MAX_AGE = Duration.ofHours(1);

	private Policies() {
	}

	/** {@code https://app0.example.com} to {@code https://app<count-1>.example.com}. */
	static List<String> exactOrigins(int count) {
		List<String> origins = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			origins.add("https://app" + i + ".example.com");
		}
		return origins;
	}

	static CorsPolicy core(List<String> origins, List<String> patterns, List<String> regexes) {
		return CorsPolicy.builder()
			.allowedOrigins(origins)
			.allowedOriginPatterns(patterns)
			.allowedOriginRegexes(regexes)
			.allowedMethods(METHODS)
			.allowedHeaders(ALLOWED_HEADERS)
			.exposedHeaders(EXPOSED_HEADERS)
			.maxAge(MAX_AGE)
			.allowCredentials(true)
			.build();
	}

	/** Exact origins with {@code setAllowedOrigins}, patterns with {@code setAllowedOriginPatterns}. */
	static CorsConfiguration spring(List<String> origins, List<String> patterns) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(origins);
		configuration.setAllowedOriginPatterns(patterns);
		configuration.setAllowedMethods(METHODS);
		configuration.setAllowedHeaders(ALLOWED_HEADERS);
		configuration.setExposedHeaders(EXPOSED_HEADERS);
		configuration.setMaxAge(MAX_AGE);
		configuration.setAllowCredentials(true);
		return configuration;
	}

}
