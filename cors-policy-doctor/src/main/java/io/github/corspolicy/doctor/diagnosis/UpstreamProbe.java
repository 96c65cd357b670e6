package io.github.corspolicy.doctor.diagnosis;

import java.util.Optional;

import io.github.corspolicy.doctor.checkup.Step;

/**
 * Sends a step again, directly to the service behind the gateway ({@code --upstream}), to tell which
 * layer sends what; a browser never does this.
 */
@FunctionalInterface
public interface UpstreamProbe {

	/** No upstream was given: nothing is sent. */
	UpstreamProbe NONE = (step) -> Optional.empty();

	/** What the upstream answers to the same request, or empty when there is no upstream to ask. */
	Optional<Step> resend(Step step);

}
