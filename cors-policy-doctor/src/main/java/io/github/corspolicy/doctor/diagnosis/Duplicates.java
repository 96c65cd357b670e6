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
package io.github.corspolicy.doctor.diagnosis;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict.Failure;
import io.github.corspolicy.doctor.checkup.Step;
import io.github.corspolicy.doctor.checkup.StepKind;
import io.github.corspolicy.doctor.checkup.Walkthrough;

/**
 * Single-valued CORS headers sent more than once, usually by a gateway and the service behind it: an
 * error when the browser blocks the call for it, a warning when this call survives it.
 */
final class Duplicates {

	private final Layering layering;

	Duplicates(UpstreamProbe upstream) {
		this.layering = new Layering(upstream);
	}

	/** The finding when the browser's failure comes from a duplicated header. */
	Optional<Finding> blocking(Walkthrough walk, Step step, BrowserResponse response, Failure failure) {
		List<DuplicatedHeader> duplicated = DuplicatedHeader.in(response);
		Problem problem = problem(failure, duplicated);
		if (problem == null) {
			return Optional.empty();
		}
		if (duplicated.isEmpty()) { // a list the browser refuses, such as 'https://a.example,'
			return Optional.of(problem.at(step, Evidence.ALLOW_ORIGIN + " is a list: "
					+ Evidence.value(response, Evidence.ALLOW_ORIGIN)));
		}
		String received = duplicated.stream().map(DuplicatedHeader::describe).collect(Collectors.joining("; "));
		return Optional.of(problem.at(step, received + "; " + layers(walk, step, response, duplicated)));
	}

	/**
	 * A warning for what this call survives: {@code Access-Control-Allow-Credentials} on a call without
	 * credentials, {@code Access-Control-Max-Age} on a preflight (which browsers then cache for 5 s).
	 */
	Optional<Finding> surviving(Walkthrough walk, Step step, BrowserResponse response) {
		List<DuplicatedHeader> duplicated = DuplicatedHeader.in(response).stream()
			.filter((duplicate) -> duplicate.name().equals(DuplicatedHeader.ALLOW_CREDENTIALS)
					|| duplicate.name().equals(DuplicatedHeader.MAX_AGE) && step.kind() == StepKind.PREFLIGHT)
			.toList();
		if (duplicated.isEmpty()) {
			return Optional.empty();
		}
		String received = duplicated.stream().map(Duplicates::survived).collect(Collectors.joining("; "));
		return Optional.of(Problem.DUPLICATE_CORS_HEADER.at(step, received + "; " + layers(walk, step, response, duplicated)));
	}

	private static @Nullable Problem problem(Failure failure, List<DuplicatedHeader> duplicated) {
		if (failure == Failure.MULTIPLE_ALLOW_ORIGIN) {
			return Problem.MULTIPLE_ALLOW_ORIGIN;
		}
		boolean credentials = duplicated.stream().anyMatch((duplicate) -> duplicate.name().equals(DuplicatedHeader.ALLOW_CREDENTIALS));
		return (failure == Failure.MISSING_ALLOW_CREDENTIALS && credentials) ? Problem.MULTIPLE_ALLOW_CREDENTIALS : null;
	}

	private static String survived(DuplicatedHeader duplicate) {
		return duplicate.name().equals(DuplicatedHeader.ALLOW_CREDENTIALS) ? duplicate.describe()
				+ "; this call has no credentials, so the browser ignores it, but a call with credentials fails"
				: duplicate.describe();
	}

	/** The upstream stands behind the URL called, not behind the target of a redirect. */
	private String layers(Walkthrough walk, Step step, BrowserResponse response, List<DuplicatedHeader> duplicated) {
		boolean calledUrl = step.url().toString().equals(walk.request().url());
		return this.layering.explain(step, response, duplicated, calledUrl);
	}

}
