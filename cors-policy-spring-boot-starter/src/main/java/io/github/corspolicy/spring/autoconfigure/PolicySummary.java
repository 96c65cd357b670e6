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
package io.github.corspolicy.spring.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The start-up "CORS policy:" line: each mapping with the settings that say something. A list of more
 * than {@value #SHOWN} values shows its count and its first {@value #SHOWN}, so that 10,000 origins
 * make one readable line; the full policy stays on the {@code cors} actuator endpoint.
 */
final class PolicySummary {

	static final int SHOWN = 5;

	private PolicySummary() {
	}

	/**
	 * The line, without the "CORS policy: " prefix.
	 * @param endpointPath where the full policy can be read, or null when the endpoint is not available
	 */
	static String of(CorsMappings mappings, @Nullable String endpointPath) {
		String line = mappings.all().stream()
			.map((mapping) -> summary(mapping, mapping == mappings.defaultMapping()))
			.collect(Collectors.joining("; "));
		boolean shortened = mappings.all().stream().anyMatch(PolicySummary::isShortened);
		return (shortened && endpointPath != null) ? line + "; full policy: " + endpointPath : line;
	}

	private static String summary(CorsMapping mapping, boolean isDefault) {
		// a mapping without paths of its own is the one cors.management.mapping names
		String paths = isDefault ? "other paths"
				: mapping.pathPatterns().isEmpty() ? "management port" : list(mapping.pathPatterns());
		if (mapping.policy() == null) {
			return mapping.name() + " " + paths + " CORS off";
		}
		// the settings that say something: no empty lists, no switched-off flags
		return mapping.name() + " " + paths + " " + mapping.policy().describe().entrySet().stream()
			.filter((entry) -> !List.of().equals(entry.getValue()) && !Boolean.FALSE.equals(entry.getValue()))
			.map(PolicySummary::setting)
			.collect(Collectors.joining(", ", "{", "}"));
	}

	private static String setting(Map.Entry<String, Object> entry) {
		return entry.getKey() + "=" + ((entry.getValue() instanceof List<?> values) ? list(values) : entry.getValue());
	}

	/** {@code [a, b]}, or {@code 10000 [a, b, c, d, e, (+9995 more)]} for a long list. */
	private static String list(List<?> values) {
		if (values.size() <= SHOWN) {
			return values.toString();
		}
		return values.size() + " " + values.subList(0, SHOWN).stream()
			.map(String::valueOf)
			.collect(Collectors.joining(", ", "[", ", (+" + (values.size() - SHOWN) + " more)]"));
	}

	private static boolean isShortened(CorsMapping mapping) {
		return mapping.pathPatterns().size() > SHOWN || (mapping.policy() != null && mapping.policy().describe()
			.values().stream().anyMatch((value) -> value instanceof List<?> values && values.size() > SHOWN));
	}

}
