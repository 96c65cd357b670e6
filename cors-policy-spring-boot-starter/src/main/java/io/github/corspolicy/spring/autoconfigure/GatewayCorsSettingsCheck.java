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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.ConfigurableEnvironment;

import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * Spring Cloud Gateway's own CORS settings on a gateway that runs the starter: cors-policy answers
 * every preflight before routing and replaces every {@code Access-Control-*} header, so
 * {@code globalcors} and route {@code cors} metadata no longer decide anything on the paths the
 * policy covers. Start-up fails when they allow what the policy refuses (an exact origin, a method,
 * a request header, an exposed header, credentials: see {@link GatewayCorsContradictions});
 * otherwise one warning names the keys and says they can be removed.
 */
final class GatewayCorsSettingsCheck implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(GatewayCorsSettingsCheck.class);

	private final ConfigurableEnvironment environment;

	private final CorsMappings mappings;

	GatewayCorsSettingsCheck(ConfigurableEnvironment environment, CorsMappings mappings) {
		this.environment = environment;
		this.mappings = mappings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> keys = GatewayCorsSettings.keys(this.environment);
		if (keys.isEmpty()) {
			return;
		}
		List<ConfigurationProblem> problems = new ArrayList<>();
		for (GatewayCorsSettings settings : GatewayCorsSettings.all(this.environment)) {
			problems.addAll(GatewayCorsContradictions.of(settings, this.mappings));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCorsConfigurationException(problems);
		}
		logger.warn(warning(keys));
	}

	static String warning(List<String> keys) {
		return "CORS at the gateway: cors-policy owns CORS here (it answers preflights before routing and writes "
				+ "every Access-Control-* header from cors.*), so Spring Cloud Gateway's CORS settings "
				+ String.join(", ", keys) + " no longer decide anything on the paths the policy covers; "
				+ "the policy refuses no origin, method or header they name (values of * and origin patterns are not "
				+ "checked), so they can be removed";
	}

}
