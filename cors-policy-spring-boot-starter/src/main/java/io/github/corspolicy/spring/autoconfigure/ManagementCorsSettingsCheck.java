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
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.core.LogSafe;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * Start-up warnings about the actuator endpoints' CORS. Spring Boot's own
 * {@code management.endpoints.web.cors.*} settings decide nothing where the policy applies: the
 * filter answers every preflight first and replaces every {@code Access-Control-*} header written
 * after it, on the management server's port as on the main one. One line names the keys set, the
 * exact origins they allow that the policy refuses, and how to migrate. Another says when
 * {@code cors.management.mapping} has no effect, the management server having no port of its own.
 */
final class ManagementCorsSettingsCheck implements SmartInitializingSingleton {

	static final String BOOT_PREFIX = "management.endpoints.web.cors";

	/** An origin no policy lists by name: a policy that refuses it refuses some origin {@code *} allows. */
	private static final String ANY_ORIGIN_PROBE = "https://any-origin.invalid";

	private static final Log logger = LogFactory.getLog(ManagementCorsSettingsCheck.class);

	private final ConfigurableEnvironment environment;

	private final CorsMappings mappings;

	private final @Nullable String mappingName;

	private final boolean ownPort;

	/**
	 * @param mappings the main port's mappings
	 * @param mappingName the value of {@code cors.management.mapping}, if set
	 * @param ownPort whether the management server has a port of its own
	 */
	ManagementCorsSettingsCheck(ConfigurableEnvironment environment, CorsMappings mappings,
			@Nullable String mappingName, boolean ownPort) {
		this.environment = environment;
		this.mappings = mappings;
		this.mappingName = mappingName;
		this.ownPort = ownPort;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> keys = bootKeys(this.environment);
		if (!keys.isEmpty()) {
			logger.warn(bootSettingsWarning(keys));
		}
		if (this.mappingName != null && !this.ownPort) {
			logger.warn(unusedMappingWarning(this.mappingName));
		}
	}

	/** The line about Boot's settings: which keys, what they allow that the policy refuses, the way out. */
	String bootSettingsWarning(List<String> keys) {
		String path = endpointPath();
		CorsMapping mapping = decidingMapping(path);
		String where = (this.ownPort ? "on the management server's port " : "on ") + path + " (mapping '"
				+ mapping.name() + "')";
		if (!mapping.isEnabled()) {
			return "CORS on the actuator endpoints: " + String.join(", ", keys) + " are set, and the policy is off "
					+ where + ", so Spring Boot's settings decide there";
		}
		List<String> refused = refusedOrigins(mapping);
		return "CORS on the actuator endpoints: " + String.join(", ", keys) + " are set, but cors-policy answers "
				+ "the endpoints' preflights before Spring Boot's CORS handling and replaces every Access-Control-* "
				+ "header written after it, so the policy wins and those settings decide nothing"
				+ (refused.isEmpty() ? ""
						: "; they allow " + String.join(", ", refused) + ", which the policy refuses " + where
								+ ": a page from there that worked with Spring Boot's CORS is blocked now")
				+ "; to migrate, list the origins the endpoints need in " + mapping.propertyPrefix()
				+ "allowed-origins and delete the " + BOOT_PREFIX + ".* keys";
	}

	String unusedMappingWarning(String name) {
		return "CORS: " + ManagementCorsMappings.PROPERTY + "=" + LogSafe.quote(name) + " has no effect: the "
				+ "management server has no port of its own (management.server.port is not set, or is server.port), so "
				+ "the actuator endpoints get the main port's mappings; set management.server.port, or give the "
				+ "mapping path-patterns such as " + endpointBasePath() + "/**";
	}

	/** Every {@code management.endpoints.web.cors.*} key set, sorted. */
	static List<String> bootKeys(ConfigurableEnvironment environment) {
		ConfigurationPropertyName root = ConfigurationPropertyName.of(BOOT_PREFIX);
		TreeSet<String> keys = new TreeSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.stream().filter(root::isAncestorOf).forEach((name) -> keys.add(name.toString()));
			}
		}
		return List.copyOf(keys);
	}

	/** The mapping of the endpoints: the one named for the management port, or the path's. */
	private CorsMapping decidingMapping(String path) {
		if (this.mappingName != null && this.ownPort) {
			return ManagementCorsMappings.only(this.mappings, this.mappingName).defaultMapping();
		}
		return this.mappings.resolve(path);
	}

	/** The origins Boot's settings allow by name (or all, with {@code *}) that the mapping refuses. */
	private List<String> refusedOrigins(CorsMapping mapping) {
		List<String> origins = Binder.get(this.environment)
			.bind(BOOT_PREFIX + ".allowed-origins", Bindable.listOf(String.class))
			.orElse(List.of());
		return origins.stream()
			.map(String::strip)
			.filter((origin) -> !origin.isEmpty() && isRefused(mapping, origin.equals("*") ? ANY_ORIGIN_PROBE : origin))
			.map((origin) -> origin.equals("*") ? "any origin ('*')" : LogSafe.quote(origin))
			.distinct()
			.toList();
	}

	private static boolean isRefused(CorsMapping mapping, String origin) {
		CorsDecision decision = mapping.evaluate(CorsRequest.actual("GET", origin));
		return decision != null && decision.isRejected();
	}

	/** A path of an endpoint, such as {@code /actuator/health}: within the management server's base path. */
	private String endpointPath() {
		return endpointBasePath() + "/health";
	}

	private String endpointBasePath() {
		String basePath = this.environment.getProperty("management.endpoints.web.base-path", "/actuator");
		return basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
	}

}
