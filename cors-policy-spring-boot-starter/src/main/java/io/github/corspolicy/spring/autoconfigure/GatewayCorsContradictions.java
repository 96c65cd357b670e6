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
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * What a Spring Cloud Gateway CORS configuration allows and the policy refuses, decided by the
 * policy itself ({@link CorsMapping#evaluate}) for the mapping of the configuration's paths: pages
 * that work with Gateway's CORS would fail once cors-policy answers. {@code *} values and origin
 * patterns name no request to try: the policy being narrower there is left to the warning.
 */
final class GatewayCorsContradictions {

	private static final String ANY = "*";

	private final GatewayCorsSettings settings;

	private final CorsMapping mapping;

	private GatewayCorsContradictions(GatewayCorsSettings settings, CorsMapping mapping) {
		this.settings = settings;
		this.mapping = mapping;
	}

	/** The contradictions of one configuration; none where the policy is off for its paths. */
	static List<ConfigurationProblem> of(GatewayCorsSettings settings, CorsMappings mappings) {
		CorsMapping mapping = mappings.resolve(representativePath(settings.pathPattern()));
		if (!mapping.isEnabled()) {
			return List.of();
		}
		return new GatewayCorsContradictions(settings, mapping).find();
	}

	/** A path the pattern matches, such as {@code /api/x} for {@code /api/**}. */
	static String representativePath(String pattern) {
		String path = pattern.replaceAll("\\{[^}]*}", "x").replace("**", "x").replace("*", "x");
		return path.startsWith("/") ? path : "/" + path;
	}

	private List<ConfigurationProblem> find() {
		List<ConfigurationProblem> problems = new ArrayList<>();
		String accepted = null;
		for (String origin : exact(this.settings.allowedOrigins())) {
			CorsDecision decision = decide(CorsRequest.actual("GET", origin));
			if (decision.isRejected()) {
				problems.add(problem("allowed-origins", origin, "allows " + origin + ", which the policy refuses",
						"add " + origin + " to " + policyKey("allowed-origins") + ", or remove it here"));
			}
			else if (accepted == null) {
				accepted = origin;
				problems.addAll(forAcceptedOrigin(origin, decision.headers(CorsRequest.actual("GET", origin))));
			}
		}
		return problems;
	}

	private List<ConfigurationProblem> forAcceptedOrigin(String origin, Map<String, String> headers) {
		List<ConfigurationProblem> problems = new ArrayList<>();
		if (this.settings.allowCredentials() && !"true".equals(headers.get("Access-Control-Allow-Credentials"))) {
			problems.add(problem("allow-credentials", "true", "allows credentials, which the policy does not",
					"set " + policyKey("allow-credentials") + "=true, or remove it here"));
		}
		for (String header : exact(this.settings.exposedHeaders())) {
			if (!lists(headers.get("Access-Control-Expose-Headers"), header)) {
				problems.add(problem("exposed-headers", header, "exposes " + header + ", which the policy does not",
						"add " + header + " to " + policyKey("exposed-headers") + ", or remove it here"));
			}
		}
		for (String method : exact(this.settings.allowedMethods())) {
			if (decide(CorsRequest.preflight(origin, method.toUpperCase(Locale.ROOT), null)).isRejected()) {
				problems.add(problem("allowed-methods", method, "allows " + method + ", which the policy refuses",
						"add " + method + " to " + policyKey("allowed-methods") + ", or remove it here"));
			}
		}
		for (String header : exact(this.settings.allowedHeaders())) {
			if (decide(CorsRequest.preflight(origin, "GET", header.toLowerCase(Locale.ROOT))).isRejected()) {
				problems.add(problem("allowed-headers", header, "allows " + header + ", which the policy refuses",
						"add " + header + " to " + policyKey("allowed-headers") + ", or remove it here"));
			}
		}
		return problems;
	}

	private CorsDecision decide(CorsRequest request) {
		return Optional.ofNullable(this.mapping.evaluate(request)).orElseThrow();
	}

	private ConfigurationProblem problem(String setting, String value, String what, String fix) {
		return new ConfigurationProblem(ConfigurationProblem.Kind.GATEWAY_CORS_CONTRADICTION,
				this.settings.prefix() + "." + setting, value,
				what + " on " + this.settings.pathPattern() + " (mapping '" + this.mapping.name()
						+ "'): browsers that Spring Cloud Gateway's CORS lets through would be blocked now that cors-policy answers",
				fix);
	}

	private String policyKey(String setting) {
		return this.mapping.propertyPrefix() + setting;
	}

	private static List<String> exact(List<String> values) {
		return values.stream().filter((value) -> !value.equals(ANY)).toList();
	}

	private static boolean lists(@Nullable String list, String name) {
		if (list == null) {
			return false;
		}
		for (String element : list.split(",")) {
			if (element.strip().equalsIgnoreCase(name) || element.strip().equals(ANY)) {
				return true;
			}
		}
		return false;
	}

}
