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

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.PolicyProblem;

/**
 * A problem in the {@code cors.*} configuration, named by the property key as the user wrote it.
 *
 * @param kind the kind of problem, stable across releases and wordings
 * @param policyKind for a {@link Kind#POLICY} problem, the core's kind; {@code null} otherwise
 * @param property the property key, such as {@code cors.allowed-origins[1]}
 * @param value the value as configured
 * @param problem what is wrong with it, with every setting it refers to named as a property
 * @param fix what to write instead, likewise
 */
public record ConfigurationProblem(Kind kind, PolicyProblem.@Nullable Kind policyKind, String property, String value,
		String problem, String fix) {

	/** A problem the starter finds itself, outside any policy. */
	public ConfigurationProblem(Kind kind, String property, String value, String problem, String fix) {
		this(kind, null, property, value, problem, fix);
	}

	/** A problem of a policy, rendered with property names. */
	static ConfigurationProblem ofPolicy(PolicyProblem.Kind policyKind, String property, String value, String problem,
			String fix) {
		return new ConfigurationProblem(Kind.POLICY, policyKind, property, value, problem, fix);
	}

	@Override
	public String toString() {
		String value = this.value.isEmpty() ? "" : "='" + this.value + "'";
		return this.property + value + " " + this.problem + "; fix: " + this.fix;
	}

	/** The kinds of problem in the {@code cors.*} configuration. */
	public enum Kind {

		/** A problem of a policy's settings: {@link ConfigurationProblem#policyKind()} says which. */
		POLICY,

		/** A {@code cors.*} key that names no property. */
		UNKNOWN_PROPERTY,

		/** An unknown key that stops Spring Boot from binding its mapping. */
		UNBINDABLE_PROPERTY,

		/** {@code cors.unknown-properties} is neither {@code fail} nor {@code warn}. */
		INVALID_UNKNOWN_PROPERTIES_MODE,

		/** A single-valued property given as an empty string. */
		EMPTY_VALUE,

		/** {@code cors.filter-order} at or after Spring Security's filter chain. */
		FILTER_ORDER_AFTER_SECURITY,

		/** A {@code ${...}} placeholder in a value that did not resolve. */
		UNRESOLVED_PLACEHOLDER,

		/** A mapping's path pattern that does not parse. */
		INVALID_PATH_PATTERN,

		/** A mapping without path patterns. */
		NO_PATH_PATTERNS,

		/** {@code timing-allow-origin=true} on a mapping with {@code enabled=false}, where it has no effect. */
		TIMING_ALLOW_ORIGIN_ON_DISABLED_MAPPING,

		/** A Spring Cloud Gateway CORS setting that allows what the policy refuses. */
		GATEWAY_CORS_CONTRADICTION,

		/** {@code cors.management.mapping} names no mapping of {@code cors.mappings}. */
		UNKNOWN_MANAGEMENT_MAPPING

	}

}
