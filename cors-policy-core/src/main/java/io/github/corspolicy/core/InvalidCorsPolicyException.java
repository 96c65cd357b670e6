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
package io.github.corspolicy.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy could not be built. Carries every problem found, not only the first.
 */
public class InvalidCorsPolicyException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient List<PolicyProblem> problems;

	public InvalidCorsPolicyException(List<PolicyProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, in the order of the settings. */
	public List<PolicyProblem> getProblems() {
		return this.problems;
	}

	private static String describe(List<PolicyProblem> problems) {
		return problems.stream()
			.map(PolicyProblem::toString)
			.collect(Collectors.joining("\n  - ", "Invalid CORS policy (" + problems.size() + " problem"
					+ (problems.size() == 1 ? "" : "s") + "):\n  - ", ""));
	}

}
