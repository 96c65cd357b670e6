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
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;

/**
 * Finds {@code cors.*} single-valued properties given as an empty string, in any property source.
 * Binding reads an empty value as "not set", so {@code max-age:} in a profile silently replaces the
 * value of {@code application.yml} with the default, and {@code cors.enabled=} turns CORS off.
 * Empty lists are not reported: an empty list is a meaningful value ("none").
 */
final class EmptySettingValues {

	private static final ConfigurationPropertyName CORS_MAPPINGS = ConfigurationPropertyName.of("cors.mappings");

	private static final String MAPPINGS = CorsMappingsFactory.PREFIX + "mappings[";

	private static final String MAPPING_TEMPLATE = MAPPINGS + "*].";

	/** Read from the properties classes, so that a new setting is covered without editing a list. */
	private static final List<String> SCALAR_TEMPLATES = KnownProperties.cors()
		.convertedScalarTemplates();

	/** The single-valued keys of the top level, such as {@code cors.max-age} and {@code cors.filter-order}. */
	private static final List<String> TOP_LEVEL_SCALARS = SCALAR_TEMPLATES.stream()
		.filter((template) -> !template.contains("[*]"))
		.toList();

	/** The single-valued settings of a mapping, such as {@code max-age} and {@code enabled}. */
	private static final List<String> MAPPING_SCALARS = SCALAR_TEMPLATES.stream()
		.filter((template) -> template.startsWith(MAPPING_TEMPLATE))
		.map((template) -> template.substring(MAPPING_TEMPLATE.length()))
		.toList();

	private EmptySettingValues() {
	}

	/** One problem per empty value, naming the property, where it was written and the fix. */
	static List<ConfigurationProblem> find(Environment environment) {
		Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.get(environment);
		List<ConfigurationProblem> problems = new ArrayList<>();
		for (String key : candidateKeys(sources)) {
			ConfigurationPropertyName name = ConfigurationPropertyName.of(key);
			for (ConfigurationPropertySource source : sources) {
				ConfigurationProperty property = source.getConfigurationProperty(name);
				if (property != null && isEmpty(property)) {
					problems.add(problem(key, String.valueOf(property.getValue()), property.getOrigin()));
				}
			}
		}
		return problems;
	}

	/**
	 * Binds {@code cors.*} as if every empty single value were removed, which is what the fix says to
	 * do. {@code cors.enabled=} cannot bind to a boolean: without this, the binder's exception would
	 * hide every other problem of the report.
	 */
	static CorsPolicyProperties bindWithoutEmptyValues(Environment environment) {
		Iterable<ConfigurationPropertySource> all = ConfigurationPropertySources.get(environment);
		Set<String> keys = new HashSet<>();
		candidateKeys(all).forEach((key) -> keys.add(squashed(ConfigurationPropertyName.of(key))));
		List<ConfigurationPropertySource> sources = new ArrayList<>();
		for (ConfigurationPropertySource source : all) {
			sources.add(source.filter((name) -> !keys.contains(squashed(name))
					|| !isEmpty(source.getConfigurationProperty(name))));
		}
		Binder binder = new Binder(sources, new PropertySourcesPlaceholdersResolver(environment));
		return binder.bindOrCreate("cors", CorsPolicyProperties.class);
	}

	/**
	 * A name without separators: environment variables list {@code cors.mappings[0].max-age} as
	 * {@code cors.mappings[0].max.age}, and both must be left out.
	 */
	private static String squashed(ConfigurationPropertyName name) {
		StringBuilder squashed = new StringBuilder();
		for (int i = 0; i < name.getNumberOfElements(); i++) {
			squashed.append(name.getElement(i, Form.UNIFORM));
		}
		return squashed.toString();
	}

	private static boolean isEmpty(@Nullable ConfigurationProperty property) {
		return property != null && property.getValue() instanceof CharSequence value && value.toString().isBlank();
	}

	private static ConfigurationProblem problem(String key, String value, @Nullable Origin origin) {
		boolean inherits = key.startsWith(MAPPINGS) && !key.endsWith(".enabled");
		String inherited = inherits ? "the top-level value" : "the default";
		return new ConfigurationProblem(ConfigurationProblem.Kind.EMPTY_VALUE, key, value, "is empty (" + origin + "); an empty value is not 'unset': it"
				+ " overrides every other file and profile, and then binds as " + inherited,
				"remove the key to inherit " + inherited + ", or write a value");
	}

	/** The single-valued keys at the top level and in every mapping that some source has. */
	private static List<String> candidateKeys(Iterable<ConfigurationPropertySource> sources) {
		List<String> keys = new ArrayList<>();
		keys.addAll(TOP_LEVEL_SCALARS);
		for (int index : mappingIndexes(sources)) {
			MAPPING_SCALARS.forEach((setting) -> keys.add(MAPPINGS + index + "]." + setting));
		}
		return keys;
	}

	/** Indexes are found by walking the names: environment variables name them CORS_MAPPINGS_0_.... */
	private static Set<Integer> mappingIndexes(Iterable<ConfigurationPropertySource> sources) {
		Set<Integer> indexes = new TreeSet<>();
		for (ConfigurationPropertySource source : sources) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.stream()
					.filter((name) -> CORS_MAPPINGS.isAncestorOf(name) && name.getNumberOfElements() > 2
							&& name.isNumericIndex(2))
					.forEach((name) -> indexes.add(Integer.parseInt(name.getElement(2, Form.UNIFORM))));
			}
		}
		return indexes;
	}

}
