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

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict;

/**
 * The browser model explains a failure in HTTP terms; these tests are written for servers that run
 * cors-policy, so the report adds which {@code cors.*} property to change.
 */
final class PolicyAdvice {

	private PolicyAdvice() {
	}

	/** The core's likely cause, followed by the property to change when one does. */
	static @Nullable String likelyCause(BrowserVerdict verdict, @Nullable BrowserResponse response) {
		String cause = verdict.likelyCause();
		return (cause != null) ? cause + advice(verdict, response) : null;
	}

	private static String advice(BrowserVerdict verdict, @Nullable BrowserResponse response) {
		if (verdict.failure() == null) {
			return "";
		}
		return switch (verdict.failure()) {
			case MISSING_ALLOW_ORIGIN -> originNotAllowed(response) ? ": add the origin to cors.allowed-origins" : "";
			case MISSING_ALLOW_CREDENTIALS -> " (cors.allow-credentials=true)";
			case WILDCARD_WITH_CREDENTIALS -> " (cors.allowed-origins)";
			case METHOD_NOT_ALLOWED -> ": add it to cors.allowed-methods";
			case HEADER_NOT_ALLOWED -> headers(verdict.refusedHeaders());
			default -> "";
		};
	}

	/** The core blames the policy, not a layer in front, when the response is no bare error. */
	private static boolean originNotAllowed(@Nullable BrowserResponse response) {
		return response != null && (response.status() < 400 || response.hasCorsHeaders());
	}

	private static String headers(List<String> refused) {
		return (refused.size() > 1) ? ": add them to cors.allowed-headers" : ": add it to cors.allowed-headers";
	}

}
