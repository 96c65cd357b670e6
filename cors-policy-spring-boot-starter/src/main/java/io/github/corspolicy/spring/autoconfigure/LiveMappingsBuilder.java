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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.github.corspolicy.spring.live.CorsOriginEntry;
import io.github.corspolicy.spring.live.LivePolicyBuilder;
import io.github.corspolicy.spring.live.SkippedEntry;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * Builds a snapshot as start-up does: {@code cors.*} bound afresh from the environment into a new
 * properties object (the bound bean is never touched, so a removed list entry is gone), the same
 * checks of single settings, the same policies and problems. The sources' entries join the lists
 * of the mappings they name; an entry a policy refuses is left out and the policies are built
 * again without it, so that one bad entry never holds back the others.
 * <p>
 * {@code cors.filter-order} and {@code cors.enabled} are read at start-up only: the filter is
 * registered once.
 */
final class LiveMappingsBuilder implements LivePolicyBuilder {

	private final Environment environment;

	LiveMappingsBuilder(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Result build(Map<String, List<CorsOriginEntry>> entries) {
		List<ConfigurationProblem> settingProblems = EmptySettingValues.find(this.environment);
		CorsPolicyProperties properties;
		try {
			properties = settingProblems.isEmpty() ? bind() : EmptySettingValues.bindWithoutEmptyValues(this.environment);
		}
		catch (BindException ex) {
			return refused(List.of(ex.getMessage() + ((ex.getCause() != null) ? ": " + ex.getCause().getMessage() : "")),
					List.of());
		}
		Set<CorsOriginEntry> left = new HashSet<>();
		List<SkippedEntry> skipped = new ArrayList<>();
		while (true) {
			SourceEntries sorted = SourceEntries.of(entries, properties, left);
			CorsMappingsFactory factory = new CorsMappingsFactory(properties, settingProblems, sorted);
			try {
				CorsMappings mappings = factory.create();
				skipped.addAll(sorted.skipped());
				return new Result(mappings, List.of(), skipped, mappings.warnings());
			}
			catch (InvalidCorsConfigurationException ex) {
				if (factory.entryProblems().isEmpty()) {
					skipped.addAll(sorted.skipped());
					return refused(ex.getProblems().stream().map(ConfigurationProblem::toString).toList(), skipped);
				}
				// each round leaves out at least one entry more, so this ends
				skipped.addAll(factory.entryProblems());
				left.addAll(factory.refusedEntries());
			}
		}
	}

	private CorsPolicyProperties bind() {
		return Binder.get(this.environment).bindOrCreate("cors", CorsPolicyProperties.class);
	}

	private static Result refused(List<String> problems, List<SkippedEntry> skipped) {
		return new Result(null, problems, skipped, List.of());
	}

}
