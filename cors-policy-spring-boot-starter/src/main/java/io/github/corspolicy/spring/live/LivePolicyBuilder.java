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
package io.github.corspolicy.spring.live;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * Builds a complete snapshot: the {@code cors.*} properties bound afresh, then each source's
 * entries added to the mapping they name, validated as at start-up.
 */
@FunctionalInterface
public interface LivePolicyBuilder {

	/**
	 * @param entries the entries of every source, by source name, in source order
	 * @return the mappings, or the problems that refuse them
	 */
	Result build(Map<String, List<CorsOriginEntry>> entries);

	/**
	 * A build: the mappings, or when they are invalid as a whole the problems.
	 * @param mappings the mappings, {@code null} when refused
	 * @param problems why they are refused, each naming the property and the fix
	 * @param skipped the entries left out, the others apply
	 * @param warnings risky settings and entries, for the log and the endpoint
	 */
	record Result(@Nullable CorsMappings mappings, List<String> problems, List<SkippedEntry> skipped,
			List<String> warnings) {

		public Result {
			problems = List.copyOf(problems);
			skipped = List.copyOf(skipped);
			warnings = List.copyOf(warnings);
		}

	}

}
