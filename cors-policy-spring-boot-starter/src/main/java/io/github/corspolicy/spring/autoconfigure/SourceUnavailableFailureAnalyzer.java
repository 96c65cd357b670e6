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
