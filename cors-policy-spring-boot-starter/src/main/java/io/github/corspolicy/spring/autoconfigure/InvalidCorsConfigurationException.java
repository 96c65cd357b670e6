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
