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
import java.util.TreeSet;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * One CORS configuration of Spring Cloud Gateway, read from the environment by property name only
 * (no Gateway class is needed): an entry of {@code globalcors.cors-configurations} or a route's
 * {@code metadata.cors}, under the current ({@code spring.cloud.gateway.server.webflux.}) or the
 * deprecated ({@code spring.cloud.gateway.}) prefix.
 *
 * @param prefix the property prefix of the configuration, such as
 * {@code spring.cloud.gateway.globalcors.cors-configurations[/**]}
 * @param pathPattern the paths it applies to: the globalcors key, or the route's first
 * {@code Path=} pattern ({@code /**} when it has none in shortcut form)
 * @param allowedOrigins its {@code allowed-origins}
 * @param allowedMethods its {@code allowed-methods}
 * @param allowedHeaders its {@code allowed-headers}
 * @param exposedHeaders its {@code exposed-headers}
 * @param allowCredentials its {@code allow-credentials}
 */
record GatewayCorsSettings(String prefix, String pathPattern, List<String> allowedOrigins, List<String> allowedMethods,
		List<String> allowedHeaders, List<String> exposedHeaders, boolean allowCredentials) {

	private static final List<String> GLOBALCORS = List.of("spring.cloud.gateway.server.webflux.globalcors",
			"spring.cloud.gateway.globalcors");

	private static final List<String> ROUTES = List.of("spring.cloud.gateway.server.webflux.routes",
			"spring.cloud.gateway.routes");

	/** Every Gateway CORS key set in the environment, sorted: what the start-up warning names. */
	static List<String> keys(ConfigurableEnvironment environment) {
		TreeSet<String> keys = new TreeSet<>();
		forEachName(environment, (root, name) -> {
			if (GLOBALCORS.contains(root.toString()) || isRouteCors(root, name)) {
				keys.add(name.toString());
			}
		});
		return List.copyOf(keys);
	}

	/** Every Gateway CORS configuration in the environment, by prefix. */
	static List<GatewayCorsSettings> all(ConfigurableEnvironment environment) {
		Map<String, String> pathPatterns = new LinkedHashMap<>();
		Binder binder = Binder.get(environment);
		forEachName(environment, (root, name) -> {
			int size = root.getNumberOfElements();
			if (GLOBALCORS.contains(root.toString()) && name.getNumberOfElements() > size + 1
					&& name.getElement(size, Form.UNIFORM).equals("corsconfigurations")) {
				String path = name.getElement(size + 1, Form.ORIGINAL);
				pathPatterns.putIfAbsent(root + ".cors-configurations[" + path + "]", path);
			}
			else if (isRouteCors(root, name)) {
				String route = root + "[" + name.getElement(size, Form.ORIGINAL) + "]";
				pathPatterns.computeIfAbsent(route + ".metadata.cors", (key) -> routePath(binder, route));
			}
		});
		List<GatewayCorsSettings> all = new ArrayList<>();
		pathPatterns.forEach((prefix, path) -> all.add(bind(binder, prefix, path)));
		return all;
	}

	private static GatewayCorsSettings bind(Binder binder, String prefix, String pathPattern) {
		return new GatewayCorsSettings(prefix, pathPattern, list(binder, prefix, "allowed-origins"),
				list(binder, prefix, "allowed-methods"), list(binder, prefix, "allowed-headers"),
				list(binder, prefix, "exposed-headers"),
				binder.bind(prefix + ".allow-credentials", Boolean.class).orElse(false));
	}

	private static List<String> list(Binder binder, String prefix, String name) {
		return binder.bind(prefix + "." + name, Bindable.listOf(String.class))
			.orElse(List.of())
			.stream()
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.toList();
	}

	/** The first pattern of a shortcut {@code Path=} predicate, or {@code /**}. */
	private static String routePath(Binder binder, String route) {
		try {
			return binder.bind(route + ".predicates", Bindable.listOf(String.class))
				.orElse(List.of())
				.stream()
				.filter((predicate) -> predicate.regionMatches(true, 0, "Path=", 0, 5))
				.map((predicate) -> predicate.substring(5).split(",")[0].strip())
				.findFirst()
				.orElse("/**");
		}
		catch (BindException ex) {
			// predicates in the name/args form: the route's paths are not known by name
			return "/**";
		}
	}

	private static boolean isRouteCors(ConfigurationPropertyName root, ConfigurationPropertyName name) {
		int size = root.getNumberOfElements();
		return ROUTES.contains(root.toString()) && name.getNumberOfElements() > size + 2
				&& name.isNumericIndex(size) && name.getElement(size + 1, Form.UNIFORM).equals("metadata")
				&& name.getElement(size + 2, Form.UNIFORM).equals("cors");
	}

	private static void forEachName(ConfigurableEnvironment environment, NameVisitor visitor) {
		List<ConfigurationPropertyName> roots = new ArrayList<>();
		GLOBALCORS.forEach((root) -> roots.add(ConfigurationPropertyName.of(root)));
		ROUTES.forEach((root) -> roots.add(ConfigurationPropertyName.of(root)));
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.stream().forEach((name) -> roots.stream()
					.filter((root) -> root.isAncestorOf(name))
					.forEach((root) -> visitor.visit(root, name)));
			}
		}
	}

	@FunctionalInterface
	private interface NameVisitor {

		void visit(ConfigurationPropertyName root, ConfigurationPropertyName name);

	}

}
