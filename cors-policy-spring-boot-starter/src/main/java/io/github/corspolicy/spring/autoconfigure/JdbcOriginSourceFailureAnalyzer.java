package io.github.corspolicy.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.github.corspolicy.spring.live.jdbc.JdbcOriginSourceException;

/**
 * Turns a JDBC origin source that cannot start into the "APPLICATION FAILED TO START" report, in the
 * shape of the {@code cors.*} configuration's: the property, its value, the problem, what to write.
 */
class JdbcOriginSourceFailureAnalyzer extends AbstractFailureAnalyzer<JdbcOriginSourceException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, JdbcOriginSourceException cause) {
		String description = "The CORS origin source 'jdbc' cannot start:" + System.lineSeparator()
				+ System.lineSeparator() + "    Property: " + cause.property() + System.lineSeparator()
				+ "    Value: '" + cause.value() + "'" + System.lineSeparator()
				+ "    Problem: it " + cause.problem() + System.lineSeparator();
		String action = "Update your application's configuration or environment:" + System.lineSeparator()
				+ System.lineSeparator() + "    " + cause.property() + ": " + cause.fix() + System.lineSeparator();
		return new FailureAnalysis(description, action, cause);
	}

}
