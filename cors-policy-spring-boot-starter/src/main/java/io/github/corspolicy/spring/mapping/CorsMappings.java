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
import java.util.stream.Stream;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The per-path mappings, in order, and the default mapping for every other path. The first mapping
 * with a matching path pattern wins. Patterns are matched against a {@link LookupPath}: the path
 * within the application (and, on a servlet container, within the {@code DispatcherServlet}'s
 * mapping), normalised as a servlet container routes it; a path that cannot be normalised gets the
 * default mapping. Nothing here is servlet- or reactive-specific: each web stack's adapter says
 * which path a request has.
 */
public final class CorsMappings {

	private final List<CorsMapping> mappings;

	private final CorsMapping defaultMapping;

	private final List<String> warnings;

	/**
	 * @param mappings the per-path mappings, in order
	 * @param defaultMapping the mapping for every other path
	 * @param warnings configuration warnings found when building them, for reports
	 */
	public CorsMappings(List<CorsMapping> mappings, CorsMapping defaultMapping, List<String> warnings) {
		this.mappings = List.copyOf(mappings);
		this.defaultMapping = defaultMapping;
		this.warnings = List.copyOf(warnings);
	}

	/** A single policy for every path. */
	public static CorsMappings of(CorsMapping defaultMapping) {
		return new CorsMappings(List.of(), defaultMapping, List.of());
	}

	/** Whether some mapping has its own paths: when not, every request gets the default mapping. */
	public boolean hasPathMappings() {
		return !this.mappings.isEmpty();
	}

	/** The mapping for every path no other mapping covers: the top-level policy. */
	public CorsMapping defaultMapping() {
		return this.defaultMapping;
	}

	/** The mapping for a lookup path; the default mapping when there is none. */
	public CorsMapping resolve(LookupPath lookupPath) {
		String value = lookupPath.value();
		if (value == null || this.mappings.isEmpty()) {
			return this.defaultMapping;
		}
		return firstMatch(PathContainer.parsePath(value));
	}

	/**
	 * The mapping for a path within the application as the client sent it, such as a reactive
	 * request's {@code getPath().pathWithinApplication()}: its raw value is normalised as a
	 * request's path is, never matched as it is. The empty path (a request for the context path
	 * itself) is {@code /}.
	 */
	public CorsMapping resolve(PathContainer pathWithinApplication) {
		String value = pathWithinApplication.value();
		return resolve(value.isEmpty() ? "/" : value);
	}

	/**
	 * The mapping for a path within the application, such as {@code /api/users}, as sent (it is
	 * normalised as a request's path is).
	 */
	public CorsMapping resolve(String pathWithinApplication) {
		return resolve(LookupPath.of(pathWithinApplication, "", ""));
	}

	private CorsMapping firstMatch(PathContainer path) {
		for (CorsMapping mapping : this.mappings) {
			for (PathPattern pattern : mapping.pathPatterns()) {
				if (pattern.matches(path)) {
					return mapping;
				}
			}
		}
		return this.defaultMapping;
	}

	/** Risky settings found when the mappings were built. */
	public List<String> warnings() {
		return this.warnings;
	}

	/** Every mapping, the default last. */
	public List<CorsMapping> all() {
		return Stream.concat(this.mappings.stream(), Stream.of(this.defaultMapping)).toList();
	}

}
