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

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid {@code cors.*} configuration into the "APPLICATION FAILED TO START" report: each
 * property with its value and problem, and what to write instead.
 */
class InvalidCorsConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCorsConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCorsConfigurationException cause) {
		return new FailureAnalysis(description(cause.getProblems()), action(cause.getProblems()), cause);
	}

	private static String description(List<ConfigurationProblem> problems) {
		StringBuilder description = new StringBuilder("The CORS configuration has ").append(problems.size())
			.append(problems.size() == 1 ? " problem:" : " problems:")
			.append(System.lineSeparator());
		for (ConfigurationProblem problem : problems) {
			description.append(System.lineSeparator())
				.append("    Property: ").append(problem.property()).append(System.lineSeparator())
				.append("    Value: '").append(problem.value()).append("'").append(System.lineSeparator())
				.append("    Problem: it ").append(problem.problem()).append(System.lineSeparator());
		}
		return description.toString();
	}

	private static String action(List<ConfigurationProblem> problems) {
		StringBuilder action = new StringBuilder("Update your application's configuration:")
			.append(System.lineSeparator());
		for (ConfigurationProblem problem : problems) {
			action.append(System.lineSeparator())
				.append("    ").append(problem.property()).append(": ").append(problem.fix());
		}
		return action.append(System.lineSeparator()).toString();
	}

}
