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

import org.assertj.core.groups.Tuple;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The problems behind an analysed start-up failure, as data: tests identify each one by its
 * property, its value and its kind (the core's kind for a policy's problem), never by its wording.
 */
final class ReportedProblems {

	private ReportedProblems() {
	}

	/** The problems of the analysed failure, in the order of the report. */
	static List<ConfigurationProblem> problems(FailureAnalysis analysis) {
		assertThat(analysis).as("the analysed report").isNotNull();
		assertThat(analysis.getCause()).isInstanceOf(InvalidCorsConfigurationException.class);
		return ((InvalidCorsConfigurationException) analysis.getCause()).getProblems();
	}

	/** Each problem of the analysed failure as (property, value, kind). */
	static List<Tuple> identified(FailureAnalysis analysis) {
		return problems(analysis).stream()
			.map((problem) -> problem(problem.property(), problem.value(), kindOf(problem)))
			.toList();
	}

	/** A problem as {@link #identified} lists it. */
	static Tuple problem(String property, String value, Enum<?> kind) {
		return tuple(property, value, kind);
	}

	/** The one problem of the analysed failure at {@code property}. */
	static ConfigurationProblem at(FailureAnalysis analysis, String property) {
		List<ConfigurationProblem> at = problems(analysis).stream()
			.filter((problem) -> problem.property().equals(property))
			.toList();
		assertThat(at).as("the problems at %s", property).hasSize(1);
		return at.get(0);
	}

	/** The core's kind for a policy's problem, the starter's otherwise. */
	private static Enum<?> kindOf(ConfigurationProblem problem) {
		return (problem.policyKind() != null) ? problem.policyKind() : problem.kind();
	}

}
