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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Finds every {@code cors.*} key, in every property source, that no property binds: Spring Boot
 * ignores such a key, and a misspelt CORS key that silently does nothing costs an afternoon in the
 * browser console. The keys join the mappings' problems in one report ({@link #reportedWith}); when
 * no mappings are built ({@code cors.enabled=false}, or the application's own mappings), the check
 * reports by itself once every singleton exists. {@code cors.unknown-properties=warn} logs one line
 * per key instead.
 */
final class UnknownPropertiesCheck implements SmartInitializingSingleton {

	static final String MODE_PROPERTY = "cors.unknown-properties";

	private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("cors");

	private static final Log logger = LogFactory.getLog(UnknownPropertiesCheck.class);

	private final ConfigurableEnvironment environment;

	private final KnownProperties known;

	private boolean reported;

	UnknownPropertiesCheck(ConfigurableEnvironment environment, KnownProperties known) {
		this.environment = environment;
		this.known = known;
	}

	/**
	 * Builds something, such as the mappings, and reports the unknown keys with its problems: one
	 * exception listing both, the unknown keys first.
	 * @throws InvalidCorsConfigurationException listing every problem found
	 */
	<T> T reportedWith(Supplier<T> build) {
		List<ConfigurationProblem> problems = problems();
		T built;
		try {
			built = build.get();
		}
		catch (InvalidCorsConfigurationException ex) {
			if (problems.isEmpty()) {
				throw ex;
			}
			List<ConfigurationProblem> all = new ArrayList<>(problems);
			all.addAll(ex.getProblems());
			throw new InvalidCorsConfigurationException(all);
		}
		if (!problems.isEmpty()) {
			throw new InvalidCorsConfigurationException(problems);
		}
		return built;
	}

	@Override
	public void afterSingletonsInstantiated() {
		reportedWith(() -> null);
	}

	/** The problems to fail with, logging the keys instead when they only warn; empty the second time. */
	private synchronized List<ConfigurationProblem> problems() {
		if (this.reported) {
			return List.of();
		}
		this.reported = true;
		String mode = Binder.get(this.environment).bind(MODE_PROPERTY, String.class).orElse("fail");
		boolean warn = mode.strip().equalsIgnoreCase("warn");
		List<ConfigurationProblem> problems = new ArrayList<>();
		if (!warn && !mode.strip().equalsIgnoreCase("fail")) {
			problems.add(new ConfigurationProblem(ConfigurationProblem.Kind.INVALID_UNKNOWN_PROPERTIES_MODE, MODE_PROPERTY, mode, "is neither fail nor warn",
					"write fail (the default: an unknown cors.* key stops start-up) or warn (one warning per key)"));
		}
		for (UnknownKey key : unknownKeys()) {
			if (warn) {
				logger.warn(key.warning());
			}
			else {
				problems.add(key.problem());
			}
		}
		return problems;
	}

	/** Each unknown key once per source it is set in, in the order of the sources. */
	List<UnknownKey> unknownKeys() {
		Map<String, UnknownKey> keys = new LinkedHashMap<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				boolean variables = source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource;
				iterable.filter(ROOT::isAncestorOf)
					.stream()
					.filter((name) -> !this.known.binds(UnknownKey.uniform(name), variables))
					.map(source::getConfigurationProperty)
					.filter(Objects::nonNull)
					.map((property) -> UnknownKey.of(property, variables, this.known))
					.forEach((key) -> keys.putIfAbsent(key.key() + " " + key.source(), key));
			}
		}
		return new ArrayList<>(keys.values());
	}

}
