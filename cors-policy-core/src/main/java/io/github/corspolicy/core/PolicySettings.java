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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The normalised settings of a valid policy: what {@link CorsPolicy#describe()} shows and what two
 * equal policies share. {@code "*"} alone in a list means "any".
 */
record PolicySettings(List<String> allowedOrigins, List<String> allowedOriginPatterns,
		List<String> allowedOriginRegexes, List<String> allowedMethods, List<String> allowedHeaders,
		List<String> exposedHeaders, @Nullable Duration maxAge, boolean allowCredentials,
		boolean allowPrivateNetwork, int preflightStatus, boolean timingAllowOrigin,
		boolean dangerouslyAllowNullOrigin, boolean dangerouslyAllowPublicSuffixOrigins) {

	static final String ANY = "*";

	boolean anyOrigin() {
		return isAny(this.allowedOrigins);
	}

	boolean anyMethod() {
		return isAny(this.allowedMethods);
	}

	boolean anyHeader() {
		return isAny(this.allowedHeaders);
	}

	boolean allowsNoOrigin() {
		return this.allowedOrigins.isEmpty() && this.allowedOriginPatterns.isEmpty()
				&& this.allowedOriginRegexes.isEmpty();
	}

	static boolean isAny(List<String> values) {
		return values.size() == 1 && values.get(0).equals(ANY);
	}

	Map<String, Object> describe() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put(CorsSetting.ALLOWED_ORIGINS.key(), this.allowedOrigins);
		description.put(CorsSetting.ALLOWED_ORIGIN_PATTERNS.key(), this.allowedOriginPatterns);
		description.put(CorsSetting.ALLOWED_ORIGIN_REGEXES.key(), this.allowedOriginRegexes);
		description.put(CorsSetting.ALLOWED_METHODS.key(), this.allowedMethods);
		description.put(CorsSetting.ALLOWED_HEADERS.key(), this.allowedHeaders);
		description.put(CorsSetting.EXPOSED_HEADERS.key(), this.exposedHeaders);
		if (this.maxAge != null) {
			description.put(CorsSetting.MAX_AGE.key(), this.maxAge.toSeconds());
		}
		description.put(CorsSetting.ALLOW_CREDENTIALS.key(), this.allowCredentials);
		description.put(CorsSetting.ALLOW_PRIVATE_NETWORK.key(), this.allowPrivateNetwork);
		description.put(CorsSetting.PREFLIGHT_STATUS.key(), this.preflightStatus);
		description.put(CorsSetting.TIMING_ALLOW_ORIGIN.key(), this.timingAllowOrigin);
		description.put(CorsSetting.DANGEROUSLY_ALLOW_NULL_ORIGIN.key(), this.dangerouslyAllowNullOrigin);
		description.put(CorsSetting.DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS.key(),
				this.dangerouslyAllowPublicSuffixOrigins);
		return description;
	}

}
