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
package io.github.corspolicy.doctor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the command, in process: its exit status and what it printed.
 */
record DoctorRun(int exitCode, String out, String err) {

	private static final Pattern FINDING = Pattern.compile("^  (ERROR|WARNING)  (\\S+) \\(", Pattern.MULTILINE);

	static DoctorRun of(List<String> args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = CorsDoctor.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new DoctorRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static DoctorRun of(String... args) {
		return of(List.of(args));
	}

	/** The ids of the findings in the text report's DIAGNOSIS section, in order. */
	List<String> findingIds() {
		Matcher matcher = FINDING.matcher(this.out);
		return matcher.results().map((result) -> result.group(2)).toList();
	}

	List<String> lines() {
		return this.out.lines().toList();
	}

}
