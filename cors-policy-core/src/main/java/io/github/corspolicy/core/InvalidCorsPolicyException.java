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
