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
package io.github.corspolicy.doctor.report;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.doctor.checkup.Walkthrough;
import io.github.corspolicy.doctor.diagnosis.Finding;
import io.github.corspolicy.doctor.diagnosis.Severity;

/**
 * What the doctor found: the steps and the findings.
 *
 * @param walkthrough the requests sent and the browser's verdicts
 * @param findings the problems, step by step
 * @param upstream the service behind the gateway, given with {@code --upstream}, or {@code null}
 */
public record Report(Walkthrough walkthrough, List<Finding> findings, @Nullable URI upstream) {

	/** The call works in a browser. */
	public static final int EXIT_SUCCESS = 0;

	/** A browser would block the call, or the doctor could not show that it would not. */
	public static final int EXIT_BLOCKED = 1;

	public Report {
		findings = List.copyOf(findings);
	}

	/** A report on a call without an upstream. */
	public Report(Walkthrough walkthrough, List<Finding> findings) {
		this(walkthrough, findings, null);
	}

	/** Whether a browser lets the page read the response. */
	public boolean browserSucceeds() {
		return this.walkthrough.allPassed() && this.findings.stream().noneMatch((finding) -> finding.severity() == Severity.ERROR);
	}

	public int exitCode() {
		return browserSucceeds() ? EXIT_SUCCESS : EXIT_BLOCKED;
	}

	public long count(Severity severity) {
		return this.findings.stream().filter((finding) -> finding.severity() == severity).count();
	}

}
