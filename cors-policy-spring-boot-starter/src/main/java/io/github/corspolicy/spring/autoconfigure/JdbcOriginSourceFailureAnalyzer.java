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
