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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;

/**
 * A {@code cors.*} key that names no property: as written (the variable name for an environment
 * variable), where it was found, and the key probably meant. Its value is never shown: a platform's
 * unrelated {@code CORS_*} variable may hold a secret.
 *
 * @param key the key as written, such as {@code cors.alowed-origins} or {@code CORS_ALOWED_ORIGINS}
 * @param source where it was found, such as {@code class path resource [application.yml] - 3:5}
 * @param suggestion the known key nearest to it, written as the key is
 */
record UnknownKey(String key, String source, Optional<String> suggestion) {

	static final String DOCS = "docs/configuration.md";

	/** The unknown key behind a property that no known key binds. */
	static UnknownKey of(ConfigurationProperty property, boolean environment, KnownProperties known) {
		ConfigurationPropertyName name = property.getName();
		Origin origin = property.getOrigin();
		Optional<String> nearest = known.nearest(uniform(name), indexes(name));
		return new UnknownKey(written(name, origin), (origin != null) ? origin.toString() : "unknown source",
				environment ? nearest.map((key) -> asEnvironmentVariable(key) + " (" + key + ")") : nearest);
	}

	/**
	 * A name as the known keys are matched: {@code cors.allowedOrigins[0]} and
	 * {@code cors.allowed-origins[0]} both give {@code cors.allowedorigins[0]}.
	 */
	static String uniform(ConfigurationPropertyName name) {
		StringBuilder uniform = new StringBuilder();
		for (int i = 0; i < name.getNumberOfElements(); i++) {
			if (name.chop(i + 1).isLastElementIndexed()) {
				uniform.append('[').append(name.getElement(i, Form.ORIGINAL)).append(']');
			}
			else {
				uniform.append(uniform.isEmpty() ? "" : ".").append(name.getElement(i, Form.UNIFORM));
			}
		}
		return uniform.toString();
	}

	/** {@code cors.mappings[0].allowed-origins} as the variable {@code CORS_MAPPINGS_0_ALLOWED_ORIGINS}. */
	static String asEnvironmentVariable(String key) {
		return key.replace("]", "").replaceAll("[.\\[-]", "_").toUpperCase(Locale.ROOT);
	}

	ConfigurationProblem problem() {
		return new ConfigurationProblem(ConfigurationProblem.Kind.UNKNOWN_PROPERTY, this.key, "(not shown)",
				"names no CORS property, so it has no effect (set in " + this.source + ")",
				this.suggestion.map((key) -> "did you mean " + key + "? Rename it")
					.orElse("no property has a similar name; see " + DOCS + " for the keys")
						+ "; or remove it, or set cors.unknown-properties=warn if it is meant for something else");
	}

	/**
	 * The problem when Spring Boot itself stops at the key: a mapping with no other key in the same
	 * property source cannot be bound, whatever cors.unknown-properties says.
	 */
	ConfigurationProblem bindingProblem() {
		return new ConfigurationProblem(ConfigurationProblem.Kind.UNBINDABLE_PROPERTY, this.key, "(not shown)",
				"names no CORS property, and no other key of its mapping there does, so Spring Boot cannot"
						+ " bind the mapping (set in " + this.source + ")",
				this.suggestion.map((key) -> "did you mean " + key + "? Rename it")
					.orElse("no property has a similar name; see " + DOCS + " for the keys"));
	}

	/** One line for the log, when unknown keys only warn. */
	String warning() {
		return "Unknown CORS property " + this.key + " (set in " + this.source + ") has no effect; "
				+ this.suggestion.map((key) -> "did you mean " + key + "?").orElse("see " + DOCS + " for the keys");
	}

	private static List<String> indexes(ConfigurationPropertyName name) {
		List<String> indexes = new ArrayList<>();
		for (int i = 0; i < name.getNumberOfElements(); i++) {
			if (name.chop(i + 1).isLastElementIndexed()) {
				indexes.add(name.getElement(i, Form.ORIGINAL));
			}
		}
		return indexes;
	}

	private static String written(ConfigurationPropertyName name, Origin origin) {
		for (Origin current = origin; current != null; current = current.getParent()) {
			if (current instanceof SystemEnvironmentOrigin environment) {
				return environment.getProperty();
			}
			if (current instanceof PropertySourceOrigin source) {
				return source.getPropertyName();
			}
		}
		return name.toString();
	}

}
