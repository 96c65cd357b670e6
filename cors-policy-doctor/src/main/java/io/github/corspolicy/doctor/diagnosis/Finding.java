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
