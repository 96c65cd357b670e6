package io.github.corspolicy.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.github.corspolicy.spring.live.SourceUnavailableException;

/**
 * Turns a required live origin source that cannot be read at start-up into the "APPLICATION FAILED
 * TO START" report: which source, the error, and the two ways out.
 */
class SourceUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SourceUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SourceUnavailableException cause) {
		String description = cause.getMessage() + System.lineSeparator() + System.lineSeparator()
				+ "The source is required, so the application does not start without its origins.";
		String action = "Make the store of the CORS origin source '" + cause.getSource() + "' reachable, or let the"
				+ " application start with the cors.* origins alone until it is: for the JDBC source set"
				+ " cors.sources.jdbc.required=false; for a source of your own return false from required().";
		return new FailureAnalysis(description, action, cause);
	}

}
