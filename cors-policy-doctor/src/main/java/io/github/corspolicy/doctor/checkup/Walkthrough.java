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
package io.github.corspolicy.doctor.checkup;

import java.util.List;
import java.util.Optional;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserVerdict;

/**
 * A call as the browser went through it: the preflight if one was needed, then the request if the
 * preflight let the browser send it.
 *
 * @param request the call the page makes
 * @param preflightNeeded whether a browser sends a preflight first
 * @param steps the requests sent, in order
 * @param verdict the browser's verdict on the whole call
 * @param preflightReasons why the browser sends a preflight first; empty when it does not
 */
public record Walkthrough(BrowserRequest request, boolean preflightNeeded, List<Step> steps, BrowserVerdict verdict,
		List<String> preflightReasons) {

	public Walkthrough {
		steps = List.copyOf(steps);
		preflightReasons = List.copyOf(preflightReasons);
	}

	public Optional<Step> step(StepKind kind) {
		return this.steps.stream().filter((step) -> step.kind() == kind).findFirst();
	}

	/** Whether the call itself was sent: not when the preflight failed, as a browser would not. */
	public boolean requestSent() {
		return step(StepKind.REQUEST).isPresent();
	}

	/** Whether the browser goes on after every step, and reaches the response. */
	public boolean allPassed() {
		return requestSent() && this.verdict.allowed();
	}

}
