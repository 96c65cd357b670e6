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
package io.github.corspolicy.spring.mapping;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.pattern.PathPattern;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.CorsRequest;

/**
 * A policy and the paths it covers.
 *
 * @param name a short name for logs and metrics
 * @param pathPatterns the paths covered; empty for the default mapping, which covers the rest
 * @param policy the policy, or {@code null} when CORS is switched off for these paths
 * @param propertyPrefix the prefix of the properties that configure it, such as {@code cors.}
 */
public record CorsMapping(String name, List<PathPattern> pathPatterns, @Nullable CorsPolicy policy,
		String propertyPrefix) {

	public CorsMapping {
		pathPatterns = List.copyOf(pathPatterns);
	}

	/**
	 * The decision of this mapping's policy, or {@code null} when CORS is off on these paths. The
	 * filter, {@code http.cors()} and the actuator check all decide through this method.
	 */
	public @Nullable CorsDecision evaluate(CorsRequest request) {
		return (this.policy != null) ? this.policy.evaluate(request) : null;
	}

	/** Whether the filter applies a policy on these paths. */
	public boolean isEnabled() {
		return this.policy != null;
	}

}
