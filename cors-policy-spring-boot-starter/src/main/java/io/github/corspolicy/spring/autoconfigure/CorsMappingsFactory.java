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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.CorsSetting;
import io.github.corspolicy.core.InvalidCorsPolicyException;
import io.github.corspolicy.core.LogSafe;
import io.github.corspolicy.core.PolicyDefaults;
import io.github.corspolicy.core.PolicyProblem;
import io.github.corspolicy.spring.live.CorsOriginEntry;
import io.github.corspolicy.spring.live.SkippedEntry;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * Builds the mappings from {@code cors.*} properties: resolves what each mapping inherits, builds
 * every policy, and collects every problem of every policy under the property key the user wrote.
 */
final class CorsMappingsFactory {

	static final String PREFIX = "cors.";

	private final CorsPolicyProperties properties;

	private final Set<ConfigurationProblem> errors = new LinkedHashSet<>();

	private final Set<ConfigurationProblem> warnings = new LinkedHashSet<>();

	private final SourceEntries entries;

	private final Map<SourceEntries.Sourced, SkippedEntry> entryProblems = new LinkedHashMap<>();

	/**
	 * A factory that reports the problems found in single settings before binding (an empty value,
	 * a filter order) together with those of the policies, in one report.
	 */
	CorsMappingsFactory(CorsPolicyProperties properties, List<ConfigurationProblem> settingProblems) {
		this(properties, settingProblems, SourceEntries.of(Map.of(), properties, Set.of()));
	}

	/**
	 * A factory that also adds the entries of live origin sources to the lists of the mappings
	 * they extend; a problem of an entry is kept apart, in {@link #entryProblems()}, and stops the
	 * build like any other.
	 */
	CorsMappingsFactory(CorsPolicyProperties properties, List<ConfigurationProblem> settingProblems,
			SourceEntries entries) {
		this.properties = properties;
		this.errors.addAll(settingProblems);
		this.entries = entries;
	}

	/**
	 * Builds the mappings.
	 * @throws InvalidCorsConfigurationException listing every problem found
	 */
	CorsMappings create() {
		CorsMapping defaultMapping = new CorsMapping("default", List.of(), policy(null, null, PREFIX), PREFIX);
		List<CorsMapping> mappings = new ArrayList<>();
		List<CorsPolicyProperties.Mapping> configured = this.properties.getMappings();
		for (int i = 0; i < configured.size(); i++) {
			mappings.add(mapping(configured.get(i), PREFIX + "mappings[" + i + "]."));
		}
		checkManagementMapping(mappings);
		if (!this.errors.isEmpty() || !this.entryProblems.isEmpty()) {
			throw new InvalidCorsConfigurationException(List.copyOf(this.errors));
		}
		return new CorsMappings(mappings, defaultMapping, warnings().stream().map(ConfigurationProblem::toString).toList());
	}

	/** The entries of sources that a policy refused, each once, with the problem. */
	List<SkippedEntry> entryProblems() {
		return List.copyOf(this.entryProblems.values());
	}

	/** The entries of sources that a policy refused. */
	Set<CorsOriginEntry> refusedEntries() {
		Set<CorsOriginEntry> refused = new HashSet<>();
		this.entryProblems.keySet().forEach((sourced) -> refused.add(sourced.entry()));
		return refused;
	}

	/** Risky settings found while building, each once. */
	List<ConfigurationProblem> warnings() {
		return List.copyOf(this.warnings);
	}

	private CorsMapping mapping(CorsPolicyProperties.Mapping mapping, String prefix) {
		String name = (mapping.getName() != null) ? mapping.getName() : prefix.substring(PREFIX.length(), prefix.length() - 1);
		// the management server's mapping may cover no path of the main port
		boolean forManagement = name.equals(this.properties.getManagement().getMapping());
		List<PathPattern> patterns = (forManagement && mapping.getPathPatterns().isEmpty()) ? List.of()
				: pathPatterns(mapping.getPathPatterns(), prefix);
		CorsPolicy policy = mapping.isEnabled() ? policy(mapping, name, prefix) : null;
		if (!mapping.isEnabled() && Boolean.TRUE.equals(mapping.getTimingAllowOrigin())) {
			this.warnings.add(timingOnDisabledMapping(prefix));
		}
		return new CorsMapping(name, patterns, policy, prefix);
	}

	/** A problem when {@code cors.management.mapping} names no mapping: the names there are, and the fix. */
	private void checkManagementMapping(List<CorsMapping> mappings) {
		String name = this.properties.getManagement().getMapping();
		if (name != null && mappings.stream().noneMatch((mapping) -> mapping.name().equals(name))) {
			this.errors.add(ManagementCorsMappings.unknownMapping(name, mappings));
		}
	}

	/**
	 * A warning, not an error: a profile that switches a mapping off ({@code enabled=false}) leaves
	 * the mapping's other settings in place, and should not fail for them.
	 */
	private static ConfigurationProblem timingOnDisabledMapping(String prefix) {
		return new ConfigurationProblem(ConfigurationProblem.Kind.TIMING_ALLOW_ORIGIN_ON_DISABLED_MAPPING,
				prefix + CorsSetting.TIMING_ALLOW_ORIGIN.key(), "true", "has no effect: " + prefix + "enabled=false,"
						+ " so the filter writes no header on these paths, Timing-Allow-Origin included",
				"remove " + prefix + CorsSetting.TIMING_ALLOW_ORIGIN.key() + ", or set " + prefix + "enabled=true");
	}

	private List<PathPattern> pathPatterns(List<String> values, String prefix) {
		if (values.isEmpty()) {
			this.errors.add(new ConfigurationProblem(ConfigurationProblem.Kind.NO_PATH_PATTERNS, prefix + "path-patterns", "", "is empty, so the mapping covers no path",
					"list the paths it covers, e.g. " + prefix + "path-patterns=/api/public/**"));
		}
		List<PathPattern> patterns = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			try {
				patterns.add(PathPatternParser.defaultInstance.parse(values.get(i)));
			}
			catch (PatternParseException ex) {
				this.errors.add(new ConfigurationProblem(ConfigurationProblem.Kind.INVALID_PATH_PATTERN,
						prefix + "path-patterns[" + i + "]", values.get(i),
						"is not a valid path pattern: " + ex.getMessage(), "write a pattern such as /api/public/**"));
			}
		}
		return patterns;
	}

	private @Nullable CorsPolicy policy(CorsPolicyProperties.@Nullable Mapping mapping, @Nullable String name,
			String prefix) {
		Resolver resolver = new Resolver(mapping, name, prefix);
		List<String> origins = resolver.list(CorsSetting.ALLOWED_ORIGINS, PolicyProperties::getAllowedOrigins, List.of());
		// a mapping that allows any origin itself needs no top-level pattern or regex, and must not show one
		boolean ownAnyOrigin = mapping != null && mapping.getAllowedOrigins() != null && origins.equals(List.of("*"));
		CorsPolicy.Builder builder = CorsPolicy.builder()
			.allowedOrigins(origins)
			.allowedOriginPatterns(resolver.list(CorsSetting.ALLOWED_ORIGIN_PATTERNS,
					PolicyProperties::getAllowedOriginPatterns, List.of(), !ownAnyOrigin))
			.allowedOriginRegexes(resolver.list(CorsSetting.ALLOWED_ORIGIN_REGEXES,
					PolicyProperties::getAllowedOriginRegexes, List.of(), !ownAnyOrigin))
			.allowedMethods(resolver.list(CorsSetting.ALLOWED_METHODS, PolicyProperties::getAllowedMethods,
					PolicyDefaults.ALLOWED_METHODS))
			.allowedHeaders(resolver.list(CorsSetting.ALLOWED_HEADERS, PolicyProperties::getAllowedHeaders, List.of()))
			.exposedHeaders(resolver.list(CorsSetting.EXPOSED_HEADERS, PolicyProperties::getExposedHeaders, List.of()))
			.allowCredentials(resolver.get(CorsSetting.ALLOW_CREDENTIALS, PolicyProperties::getAllowCredentials,
					PolicyDefaults.ALLOW_CREDENTIALS))
			.maxAge(resolver.get(CorsSetting.MAX_AGE, PolicyProperties::getMaxAge, PolicyDefaults.MAX_AGE))
			.allowPrivateNetwork(resolver.get(CorsSetting.ALLOW_PRIVATE_NETWORK,
					PolicyProperties::getAllowPrivateNetwork, PolicyDefaults.ALLOW_PRIVATE_NETWORK))
			.preflightStatus(resolver.get(CorsSetting.PREFLIGHT_STATUS, PolicyProperties::getPreflightStatus,
					PolicyDefaults.PREFLIGHT_STATUS))
			.timingAllowOrigin(resolver.get(CorsSetting.TIMING_ALLOW_ORIGIN, PolicyProperties::getTimingAllowOrigin,
					PolicyDefaults.TIMING_ALLOW_ORIGIN))
			.dangerouslyAllowNullOrigin(resolver.get(CorsSetting.DANGEROUSLY_ALLOW_NULL_ORIGIN,
					PolicyProperties::getDangerouslyAllowNullOrigin, PolicyDefaults.DANGEROUSLY_ALLOW_NULL_ORIGIN))
			.dangerouslyAllowPublicSuffixOrigins(resolver.get(CorsSetting.DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS,
					PolicyProperties::getDangerouslyAllowPublicSuffixOrigins,
					PolicyDefaults.DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS));
		try {
			CorsPolicy policy = builder.build();
			policy.warnings().forEach((warning) -> this.warnings.add(resolver.problem(warning)));
			return policy;
		}
		catch (InvalidCorsPolicyException ex) {
			for (PolicyProblem problem : ex.getProblems()) {
				SourceEntries.Sourced entry = resolver.entryOf(problem);
				if (entry != null) {
					this.entryProblems.putIfAbsent(entry, resolver.skipped(entry, problem));
				}
				else {
					this.errors.add(resolver.problem(problem));
				}
			}
			return null;
		}
	}

	/**
	 * Resolves each setting of one mapping (its own value, else the top level's, else the default)
	 * and remembers where each came from, so that a problem names the property that set it.
	 */
	private final class Resolver {

		private final CorsPolicyProperties.@Nullable Mapping mapping;

		private final @Nullable String name;

		private final String prefix;

		private final Map<CorsSetting, String> sources = new EnumMap<>(CorsSetting.class);

		private final Map<CorsSetting, Integer> propertyValues = new EnumMap<>(CorsSetting.class);

		private final Map<CorsSetting, List<SourceEntries.Sourced>> appended = new EnumMap<>(CorsSetting.class);

		Resolver(CorsPolicyProperties.@Nullable Mapping mapping, @Nullable String name, String prefix) {
			this.mapping = mapping;
			this.name = name;
			this.prefix = prefix;
		}

		<T> T get(CorsSetting setting, Function<PolicyProperties, @Nullable T> getter, T defaultValue) {
			return get(setting, getter, defaultValue, true);
		}

		/** The mapping's own value, else (when {@code inherit}) the top level's, else the default. */
		<T> T get(CorsSetting setting, Function<PolicyProperties, @Nullable T> getter, T defaultValue, boolean inherit) {
			T own = (this.mapping != null) ? getter.apply(this.mapping) : null;
			if (own != null || !inherit) {
				this.sources.put(setting, this.prefix);
				return (own != null) ? own : defaultValue;
			}
			this.sources.put(setting, PREFIX);
			T inherited = getter.apply(CorsMappingsFactory.this.properties);
			return (inherited != null) ? inherited : defaultValue;
		}

		List<String> list(CorsSetting setting, Function<PolicyProperties, @Nullable List<String>> getter,
				List<String> defaultValue) {
			return list(setting, getter, defaultValue, true);
		}

		/** A list setting, as binding left it: see {@link BoundValues}. */
		List<String> list(CorsSetting setting, Function<PolicyProperties, @Nullable List<String>> getter,
				List<String> defaultValue, boolean inherit) {
			List<String> values = BoundValues.withoutEmptyPlaceholder(get(setting, getter, defaultValue, inherit));
			if (setting == CorsSetting.ALLOWED_ORIGIN_PATTERNS) {
				values = BoundValues.withPortListsJoined(values);
			}
			List<String> resolved = new ArrayList<>(values.size());
			for (int i = 0; i < values.size(); i++) {
				String name = BoundValues.unresolvedPlaceholder(values.get(i));
				if (name == null) {
					resolved.add(values.get(i));
				}
				else {
					CorsMappingsFactory.this.errors.add(new ConfigurationProblem(ConfigurationProblem.Kind.UNRESOLVED_PLACEHOLDER,
							this.sources.get(setting) + setting.key() + "[" + i + "]", values.get(i), "is a placeholder that did not resolve: " + name + " is not set",
							"set " + name + " (an environment variable or a property), or give a default: ${" + name + ":}"));
				}
			}
			return withEntries(setting, resolved);
		}

		/**
		 * The list with the sources' entries after the properties' values: the top level's when
		 * the values come from the top level, then the mapping's own.
		 */
		private List<String> withEntries(CorsSetting setting, List<String> resolved) {
			List<SourceEntries.Sourced> extra = entriesFor(setting);
			if (extra.isEmpty()) {
				return resolved;
			}
			this.propertyValues.put(setting, resolved.size());
			this.appended.put(setting, extra);
			List<String> values = new ArrayList<>(resolved.size() + extra.size());
			values.addAll(resolved);
			extra.forEach((sourced) -> values.add(sourced.entry().origin()));
			return values;
		}

		/** The top level's entries when the values come from the top level, then the mapping's own. */
		private List<SourceEntries.Sourced> entriesFor(CorsSetting setting) {
			List<SourceEntries.Sourced> top = PREFIX.equals(this.sources.get(setting))
					? CorsMappingsFactory.this.entries.get(null, setting) : List.of();
			List<SourceEntries.Sourced> own = (this.mapping != null)
					? CorsMappingsFactory.this.entries.get(this.name, setting) : List.of();
			if (top.isEmpty() || own.isEmpty()) {
				// one list of 100,000 entries is not copied
				return top.isEmpty() ? own : top;
			}
			List<SourceEntries.Sourced> both = new ArrayList<>(top.size() + own.size());
			both.addAll(top);
			both.addAll(own);
			return both;
		}

		/** The source entry a problem is about, or {@code null} when it is about a property. */
		SourceEntries.@Nullable Sourced entryOf(PolicyProblem problem) {
			List<SourceEntries.Sourced> extra = this.appended.get(problem.setting());
			int first = this.propertyValues.getOrDefault(problem.setting(), Integer.MAX_VALUE);
			if (extra == null || problem.index() < first || problem.index() - first >= extra.size()) {
				return null;
			}
			return extra.get(problem.index() - first);
		}

		/** A problem of a source entry, with the settings it refers to named as properties. */
		SkippedEntry skipped(SourceEntries.Sourced sourced, PolicyProblem problem) {
			return new SkippedEntry(sourced.source(), sourced.entry().id(), sourced.entry().origin(),
					problem.problem((setting) -> this.prefix + setting.key()),
					problem.fix((setting) -> this.prefix + setting.key()));
		}

		/**
		 * The problem under property names: the problem names the properties that hold the values
		 * (this mapping's, or the top level's it inherits); the fix, this policy's own.
		 */
		ConfigurationProblem problem(PolicyProblem problem) {
			SourceEntries.Sourced entry = entryOf(problem);
			if (entry != null) {
				SkippedEntry skipped = skipped(entry, problem);
				return ConfigurationProblem.ofPolicy(problem.kind(), "source '" + skipped.source() + "' entry "
						+ LogSafe.quote(skipped.id()), LogSafe.quote(skipped.value()), skipped.problem(), skipped.fix());
			}
			String source = this.sources.getOrDefault(problem.setting(), this.prefix);
			return ConfigurationProblem.ofPolicy(problem.kind(), source + problem.key(), problem.value(),
					problem.problem((setting) -> this.sources.getOrDefault(setting, this.prefix) + setting.key()),
					problem.fix((setting) -> this.prefix + setting.key()));
		}

	}

}
