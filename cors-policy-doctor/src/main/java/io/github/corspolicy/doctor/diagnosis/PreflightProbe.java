package io.github.corspolicy.doctor.diagnosis;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.doctor.checkup.Step;

/**
 * Sends an extra preflight, one a browser would not send, to narrow down why the real one failed.
 */
@FunctionalInterface
public interface PreflightProbe {

	Step preflight(BrowserRequest request);

}
