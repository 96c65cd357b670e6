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
package io.github.corspolicy.core.browser;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.github.corspolicy.core.browser.WalkStep.Kind;

/**
 * A call as the browser went through it: for each URL (the one called, then each redirect's
 * target) the preflight when one is needed and the request, as long as the browser went on.
 *
 * @param request the call the page makes
 * @param preflightNeeded whether the browser sends a preflight before the first request
 * @param steps the requests sent, in order; empty when the browser refused to send anything
 * @param verdict whether the page may read the final response, and if not why
 * @param readableHeaders the final response's headers the page can read, ignoring case; empty when blocked
 */
public record WalkResult(BrowserRequest request, boolean preflightNeeded, List<WalkStep> steps, BrowserVerdict verdict,
		Set<String> readableHeaders) {

	public WalkResult {
		steps = List.copyOf(steps);
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		names.addAll(readableHeaders);
		readableHeaders = Collections.unmodifiableSet(names);
	}

	/** Whether the page may read the final response. */
	public boolean allowed() {
		return this.verdict.allowed();
	}

	/** The first preflight, if one was sent. */
	public Optional<WalkStep> preflight() {
		return this.steps.stream().filter((step) -> step.kind() == Kind.PREFLIGHT).findFirst();
	}

	/** The last request sent (the final response, or the redirect the walk stopped at). */
	public Optional<WalkStep> lastRequest() {
		return this.steps.stream().filter((step) -> step.kind() == Kind.REQUEST).reduce((first, second) -> second);
	}

	/** Whether the call itself was sent: not when the first preflight failed, as a browser would not. */
	public boolean requestSent() {
		return lastRequest().isPresent();
	}

	/** How many redirects the browser followed. */
	public long redirects() {
		return this.steps.stream().filter((step) -> step.redirectedTo() != null).count();
	}

}
