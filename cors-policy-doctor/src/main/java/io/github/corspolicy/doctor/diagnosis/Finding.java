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
package io.github.corspolicy.doctor.diagnosis;

import io.github.corspolicy.doctor.checkup.StepKind;

/**
 * One problem found in one step, with what shows it.
 *
 * @param problem what is wrong, with its id, severity and fix
 * @param step the step that shows it
 * @param evidence what in the response shows it
 * @param corsPolicyServer whether the server showed it runs cors-policy, so the fix may name its properties
 */
public record Finding(Problem problem, StepKind step, String evidence, boolean corsPolicyServer) {

	public Finding(Problem problem, StepKind step, String evidence) {
		this(problem, step, evidence, false);
	}

	public String id() {
		return this.problem.id();
	}

	public Severity severity() {
		return this.problem.severity();
	}

	public String fix() {
		return this.problem.fix(this.corsPolicyServer);
	}

	Finding onCorsPolicyServer() {
		return new Finding(this.problem, this.step, this.evidence, true);
	}

}
