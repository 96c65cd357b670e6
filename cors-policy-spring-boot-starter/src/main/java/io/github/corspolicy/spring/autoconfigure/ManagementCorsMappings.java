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
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The mappings that decide every request on the management server's own port
 * ({@code management.server.port}): the main port's, or with {@code cors.management.mapping} the
 * mapping of that name for every path. Either way they are the live mappings or follow them, so a
 * refresh applies on both ports in the same swap.
 */
public final class ManagementCorsMappings {

	static final String PROPERTY = CorsMappingsFactory.PREFIX + "management.mapping";

	private static final PathPattern EVERY_PATH = PathPatternParser.defaultInstance.parse("/**");

	private final LiveCorsMappings mappings;

	private final @Nullable String mappingName;

	/**
	 * @param live the main port's mappings
	 * @param mappingName the name of the mapping for every request, or {@code null} for the main
	 * port's mappings
	 * @throws InvalidCorsConfigurationException when no mapping has that name
	 */
	public ManagementCorsMappings(LiveCorsMappings live, @Nullable String mappingName) {
		this.mappings = (mappingName != null) ? live.follower((mappings) -> only(mappings, mappingName)) : live;
		this.mappingName = mappingName;
	}

	/** What the management server's filter decides by. */
	public LiveCorsMappings mappings() {
		return this.mappings;
	}

	/** The mapping named by {@code cors.management.mapping}, or {@code null} for the main port's mappings. */
	public @Nullable String mappingName() {
		return this.mappingName;
	}

	/**
	 * Mappings where every path gets the named mapping. It is a path mapping that matches every path
	 * (and the default, for a path that cannot be normalised), so that the filters keep it in the
	 * request attribute where Spring Security's CORS adapters look first: they then decide as the
	 * filter of this port does.
	 */
	static CorsMappings only(CorsMappings mappings, String name) {
		List<CorsMapping> named = named(mappings);
		for (CorsMapping mapping : named) {
			if (mapping.name().equals(name)) {
				CorsMapping everyPath = new CorsMapping(mapping.name(), List.of(EVERY_PATH), mapping.policy(),
						mapping.propertyPrefix());
				return new CorsMappings(List.of(everyPath), everyPath, mappings.warnings());
			}
		}
		throw new InvalidCorsConfigurationException(List.of(unknownMapping(name, named)));
	}

	/** The problem of a {@code cors.management.mapping} that names none of these mappings. */
	static ConfigurationProblem unknownMapping(String name, List<CorsMapping> mappings) {
		String names = mappings.stream().map((mapping) -> "'" + mapping.name() + "'").collect(Collectors.joining(", "));
		return new ConfigurationProblem(ConfigurationProblem.Kind.UNKNOWN_MANAGEMENT_MAPPING, PROPERTY, name,
				"names no mapping of cors.mappings: " + (names.isEmpty() ? "there is none" : "they are " + names),
				(names.isEmpty() ? "" : "write one of those names, or ") + "add a mapping of that name (cors.mappings["
						+ mappings.size() + "].name=" + name + " and its allowed-origins; it needs no path-patterns),"
						+ " or remove " + PROPERTY + " to decide the management server's requests by the main"
						+ " port's mappings");
	}

	/** The per-path mappings, without the top level's. */
	private static List<CorsMapping> named(CorsMappings mappings) {
		List<CorsMapping> all = mappings.all();
		return all.subList(0, all.size() - 1);
	}

}
