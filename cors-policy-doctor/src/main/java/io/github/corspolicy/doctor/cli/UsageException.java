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
package io.github.corspolicy.doctor.cli;

import java.util.List;

/**
 * The command line cannot be run: every problem found, each saying what is wrong and what to write.
 */
public final class UsageException extends Exception {

	private final List<String> problems;

	UsageException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

	/** The problems, one a line, then the usage. */
	public String report() {
		StringBuilder report = new StringBuilder();
		this.problems.forEach((problem) -> report.append("cors-doctor: ").append(problem).append('\n'));
		return report.append('\n').append(Usage.TEXT).toString();
	}

}
