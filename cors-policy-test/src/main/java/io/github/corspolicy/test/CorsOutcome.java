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
package io.github.corspolicy.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.AssertProvider;
import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserVerdict;
import io.github.corspolicy.core.browser.BrowserVerdict.Failure;
import io.github.corspolicy.core.browser.WalkResult;

/**
 * What the browser did with a call: AssertJ's {@code assertThat(outcome)} gives a
 * {@link CorsOutcomeAssert}, and {@link #toString()} the whole story, as a failure message shows it.
 *
 * @param call what the page asked {@code fetch()} to send
 * @param preflight the first preflight, or {@code null} when the call needed none
 * @param actual the last request sent (the final response), or {@code null} when the first preflight blocked it
 * @param readableHeaders the response headers the page can read, ignoring case; empty when blocked
 * @param steps every step, in order: with redirects followed, a preflight and a request per URL
 * @param verdict whether the page may read the final response, and if not why
 */
public record CorsOutcome(BrowserRequest call, @Nullable CorsStep preflight, @Nullable CorsStep actual,
		Set<String> readableHeaders, List<CorsStep> steps, BrowserVerdict verdict)
		implements AssertProvider<CorsOutcomeAssert> {

	public CorsOutcome {
		if (steps.isEmpty() && verdict.allowed()) {
			throw new IllegalArgumentException("An outcome has a preflight, an actual request or both");
		}
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		names.addAll(readableHeaders);
		readableHeaders = Collections.unmodifiableSet(names);
		steps = List.copyOf(steps);
	}

	/** An outcome of at most a preflight and a request; the verdict is the last step's. */
	public CorsOutcome(BrowserRequest call, @Nullable CorsStep preflight, @Nullable CorsStep actual,
			Set<String> readableHeaders) {
		this(call, preflight, actual, readableHeaders, stepsOf(preflight, actual), lastVerdict(preflight, actual));
	}

	static CorsOutcome of(WalkResult walk) {
		List<CorsStep> steps = walk.steps().stream().map(CorsStep::of).toList();
		CorsStep preflight = walk.preflight().map(CorsStep::of).orElse(null);
		CorsStep actual = walk.lastRequest().map(CorsStep::of).orElse(null);
		return new CorsOutcome(walk.request(), preflight, actual, walk.readableHeaders(), steps, walk.verdict());
	}

	/** Whether the page may read the response. */
	public boolean allowed() {
		return this.verdict.allowed();
	}

	/** Why the browser blocked the call, or {@code null} when it did not. */
	public @Nullable Failure failure() {
		return this.verdict.failure();
	}

	/** Whether the browser sent a preflight first. */
	public boolean preflighted() {
		return this.preflight != null;
	}

	@Override
	public CorsOutcomeAssert assertThat() {
		return new CorsOutcomeAssert(this);
	}

	@Override
	public String toString() {
		return OutcomeReport.describe(this);
	}

	private static List<CorsStep> stepsOf(@Nullable CorsStep preflight, @Nullable CorsStep actual) {
		List<CorsStep> steps = new ArrayList<>();
		if (preflight != null) {
			steps.add(preflight);
		}
		if (actual != null) {
			steps.add(actual);
		}
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("An outcome has a preflight, an actual request or both");
		}
		return steps;
	}

	private static BrowserVerdict lastVerdict(@Nullable CorsStep preflight, @Nullable CorsStep actual) {
		return (actual != null) ? actual.verdict() : Objects.requireNonNull(preflight).verdict();
	}

}
