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
package io.github.corspolicy.core;

/**
 * The settings of a policy, named as in configuration files ({@code allowed-origins}), so that
 * messages from the core read the same as the properties users write.
 */
public enum CorsSetting {

	ALLOWED_ORIGINS("allowed-origins"),

	ALLOWED_ORIGIN_PATTERNS("allowed-origin-patterns"),

	ALLOWED_ORIGIN_REGEXES("allowed-origin-regexes"),

	ALLOWED_METHODS("allowed-methods"),

	ALLOWED_HEADERS("allowed-headers"),

	EXPOSED_HEADERS("exposed-headers"),

	MAX_AGE("max-age"),

	ALLOW_CREDENTIALS("allow-credentials"),

	ALLOW_PRIVATE_NETWORK("allow-private-network"),

	PREFLIGHT_STATUS("preflight-status"),

	TIMING_ALLOW_ORIGIN("timing-allow-origin"),

	DANGEROUSLY_ALLOW_NULL_ORIGIN("dangerously-allow-null-origin"),

	DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS("dangerously-allow-public-suffix-origins");

	private final String key;

	CorsSetting(String key) {
		this.key = key;
	}

	/** The name in configuration vocabulary, such as {@code allowed-origins}. */
	public String key() {
		return this.key;
	}

}
