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

import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Reports in the CORS format, with the nearest property, the unknown keys that Spring Boot itself
 * refuses before the check runs: a mapping whose only keys in one property source are unknown
 * ({@code cors.mappings[0].path-pattern} alone) cannot be bound at all. Runs before Boot's own
 * analyzer of that failure, and leaves it every key that is known (a gap in the list indexes).
 */
class UnboundCorsPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<UnboundConfigurationPropertiesException>
		implements Ordered {

	private static final KnownProperties KNOWN = KnownProperties.cors();

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnboundConfigurationPropertiesException cause) {
		List<ConfigurationProperty> unbound = List.copyOf(cause.getUnboundProperties());
		if (unbound.isEmpty() || !unbound.stream().allMatch(UnboundCorsPropertiesFailureAnalyzer::isUnknownCorsKey)) {
			return null;
		}
		List<ConfigurationProblem> problems = unbound.stream()
			.map((property) -> UnknownKey.of(property, isVariable(property), KNOWN).bindingProblem())
			.toList();
		return new InvalidCorsConfigurationFailureAnalyzer().analyze(rootFailure,
				new InvalidCorsConfigurationException(problems));
	}

	@Override
	public int getOrder() {
		return 0;
	}

	private static boolean isUnknownCorsKey(ConfigurationProperty property) {
		String name = UnknownKey.uniform(property.getName());
		return name.startsWith("cors.") && !KNOWN.binds(name, isVariable(property));
	}

	private static boolean isVariable(ConfigurationProperty property) {
		return property.getSource() != null
				&& property.getSource().getUnderlyingSource() instanceof SystemEnvironmentPropertySource;
	}

}
