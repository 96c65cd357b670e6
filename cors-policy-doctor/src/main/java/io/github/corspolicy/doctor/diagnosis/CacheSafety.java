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
package io.github.corspolicy.doctor.diagnosis;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.doctor.checkup.Step;

/**
 * Whether a response that depends on the Origin tells caches so (RFC 9111, section 4.1: {@code Vary}).
 */
final class CacheSafety {

	private CacheSafety() {
	}

	/**
	 * A warning when {@code Access-Control-Allow-Origin} echoes the origin without {@code Vary: Origin}
	 * on a step that works: the browser goes on today, a cache may break it for another origin.
	 */
	static Optional<Finding> missingVaryOrigin(BrowserRequest request, Step step, BrowserResponse response) {
		List<String> allowOrigin = response.values(Evidence.ALLOW_ORIGIN);
		if (allowOrigin.size() != 1 || !allowOrigin.get(0).equals(request.origin())) {
			return Optional.empty();
		}
		@Nullable String vary = response.value("Vary");
		if (vary != null && variesOnOrigin(vary)) {
			return Optional.empty();
		}
		String evidence = "Access-Control-Allow-Origin echoes '" + request.origin() + "', but "
				+ ((vary != null) ? "Vary is '" + vary + "', without Origin" : "there is no Vary header");
		return Optional.of(Problem.MISSING_VARY_ORIGIN.at(step, evidence));
	}

	private static boolean variesOnOrigin(String vary) {
		return Arrays.stream(vary.split(","))
			.map(String::strip)
			.anyMatch((name) -> name.equalsIgnoreCase("Origin") || name.equals("*"));
	}

}
