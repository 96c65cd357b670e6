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
import java.util.stream.Collectors;

/**
 * The {@code cors.*} configuration is invalid. Lists every problem, each by property key.
 */
public class InvalidCorsConfigurationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<ConfigurationProblem> problems;

	public InvalidCorsConfigurationException(List<ConfigurationProblem> problems) {
		super(problems.stream()
			.map(ConfigurationProblem::toString)
			.collect(Collectors.joining("; ", "Invalid CORS configuration: ", "")));
		this.problems = List.copyOf(problems);
	}

	public List<ConfigurationProblem> getProblems() {
		return this.problems;
	}

}
