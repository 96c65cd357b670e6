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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.CorsSetting;
import io.github.corspolicy.spring.live.CorsOriginEntry;
import io.github.corspolicy.spring.live.SkippedEntry;

/**
 * The entries of the sources, sorted by the mapping they extend and the list they join:
 * {@code exact} to allowed-origins, {@code pattern} to allowed-origin-patterns, {@code regex} to
 * allowed-origin-regexes. An entry that names no mapping, an unknown kind, or a mapping where it
 * cannot apply is skipped here, before any policy is built.
 */
final class SourceEntries {

	/** The key of the top-level policy, which no mapping name can equal. */
	static final String TOP_LEVEL = "\0top-level";

	private static final Map<String, CorsSetting> KINDS = Map.of("exact", CorsSetting.ALLOWED_ORIGINS, "pattern",
			CorsSetting.ALLOWED_ORIGIN_PATTERNS, "regex", CorsSetting.ALLOWED_ORIGIN_REGEXES);

	private final Map<String, Map<CorsSetting, List<Sourced>>> byMapping = new HashMap<>();

	private final List<SkippedEntry> skipped = new ArrayList<>();

	/** An entry and the source it came from. */
	record Sourced(String source, CorsOriginEntry entry) {
	}

	/**
	 * Sorts the entries of every source against the mappings of the properties.
	 * @param entries the entries, by source name
	 * @param properties the properties bound for this snapshot
	 * @param left the entries to leave out, already reported
	 */
	static SourceEntries of(Map<String, List<CorsOriginEntry>> entries, CorsPolicyProperties properties,
			Set<CorsOriginEntry> left) {
		SourceEntries sorted = new SourceEntries();
		Map<String, CorsPolicyProperties.Mapping> mappings = mappingsByName(properties);
		entries.forEach((source, list) -> list.stream()
			.filter((entry) -> !left.contains(entry))
			.forEach((entry) -> sorted.add(source, entry, mappings, properties)));
		return sorted;
	}

	private void add(String source, CorsOriginEntry entry, Map<String, CorsPolicyProperties.Mapping> mappings,
			CorsPolicyProperties properties) {
		CorsSetting setting = KINDS.get(entry.kind());
		String mappingName = entry.mapping();
		CorsPolicyProperties.Mapping mapping = (mappingName != null) ? mappings.get(mappingName) : null;
		Rejection rejection = rejection(entry, setting, mappingName, mapping, mappings, properties);
		if (rejection != null) {
			this.skipped.add(new SkippedEntry(source, entry.id(), entry.origin(), rejection.problem(), rejection.fix()));
			return;
		}
		this.byMapping.computeIfAbsent((mappingName != null) ? mappingName : TOP_LEVEL, (name) -> new HashMap<>())
			.computeIfAbsent(setting, (kind) -> new ArrayList<>())
			.add(new Sourced(source, entry));
	}

	/** Why an entry cannot join any list, before a policy is built; {@code null} when it can. */
	private static @Nullable Rejection rejection(CorsOriginEntry entry, @Nullable CorsSetting setting,
			@Nullable String mappingName, CorsPolicyProperties.@Nullable Mapping mapping,
			Map<String, CorsPolicyProperties.Mapping> mappings, CorsPolicyProperties properties) {
		if (setting == null) {
			return new Rejection("has the unknown kind '" + entry.kind() + "'", "store 'exact', 'pattern' or 'regex'");
		}
		if (mappingName != null && mapping == null) {
			return new Rejection("names the mapping '" + mappingName + "', which cors.mappings does not have (it has "
					+ (mappings.isEmpty() ? "none" : String.join(", ", mappings.keySet())) + ")",
					"store the name of a cors.mappings entry, or none for the top-level policy");
		}
		if (mapping != null && !mapping.isEnabled()) {
			return new Rejection("names the mapping '" + mappingName + "', where CORS is switched off",
					"store another mapping's name, or set its enabled to true");
		}
		if (entry.origin().equals("*")) {
			return new Rejection("is '*', which would allow every origin: a source only adds origins one by one",
					"store each origin to allow; '*' belongs in the cors.* properties");
		}
		List<String> origins = (mapping != null && mapping.getAllowedOrigins() != null) ? mapping.getAllowedOrigins()
				: properties.getAllowedOrigins();
		// compared without building a list per entry: the check runs for each of 100,000 entries
		if (origins != null && origins.size() == 1 && origins.get(0).equals("*")) {
			return new Rejection("extends a policy whose allowed-origins is '*', which already allows every origin",
					"remove the entry, or list the policy's origins instead of '*'");
		}
		return null;
	}

	/** What is wrong with an entry, and what to store instead. */
	private record Rejection(String problem, String fix) {
	}

	private static Map<String, CorsPolicyProperties.Mapping> mappingsByName(CorsPolicyProperties properties) {
		Map<String, CorsPolicyProperties.Mapping> byName = new LinkedHashMap<>();
		List<CorsPolicyProperties.Mapping> mappings = properties.getMappings();
		for (int i = 0; i < mappings.size(); i++) {
			String name = mappings.get(i).getName();
			byName.putIfAbsent((name != null) ? name : "mappings[" + i + "]", mappings.get(i));
		}
		return byName;
	}

	/** The entries a policy's list gets, in source order. */
	List<Sourced> get(@Nullable String mappingName, CorsSetting setting) {
		return this.byMapping.getOrDefault((mappingName != null) ? mappingName : TOP_LEVEL, Map.of())
			.getOrDefault(setting, List.of());
	}

	/** The entries skipped before building. */
	List<SkippedEntry> skipped() {
		return List.copyOf(this.skipped);
	}

}
