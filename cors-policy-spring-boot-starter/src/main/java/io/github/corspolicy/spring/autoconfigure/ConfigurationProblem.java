package io.github.corspolicy.spring.autoconfigure;

/**
 * A problem in the {@code cors.*} configuration, named by the property key as the user wrote it.
 *
 * @param property the property key, such as {@code cors.allowed-origins[1]}
 * @param value the value as configured
 * @param problem what is wrong with it
 * @param fix what to write instead
 */
public record ConfigurationProblem(String property, String value, String problem, String fix) {

	@Override
	public String toString() {
		String value = this.value.isEmpty() ? "" : "='" + this.value + "'";
		return this.property + value + " " + this.problem + "; fix: " + this.fix;
	}

}
