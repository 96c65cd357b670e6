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
