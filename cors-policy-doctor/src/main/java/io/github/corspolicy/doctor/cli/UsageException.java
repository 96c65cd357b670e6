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
