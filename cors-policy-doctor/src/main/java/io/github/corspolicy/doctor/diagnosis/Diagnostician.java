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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict.Failure;
import io.github.corspolicy.doctor.checkup.Step;
import io.github.corspolicy.doctor.checkup.StepKind;
import io.github.corspolicy.doctor.checkup.Walkthrough;

/**
 * Explains a walkthrough: for each step, what blocks the browser, and what may break it later.
 */
public final class Diagnostician {

	/** The Fetch standard's redirect statuses. */
	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	/** How cors-policy's filter starts the body of a preflight it refuses. */
	private static final String CORS_POLICY_REFUSAL = "CORS preflight rejected: ";

	/** The failures of a redirect the browser refuses to follow. */
	private static final Set<Failure> REDIRECT_FAILURES = Set.of(Failure.REDIRECT_INVALID_LOCATION,
			Failure.REDIRECT_WITH_CREDENTIALS, Failure.TOO_MANY_REDIRECTS);

	private final RejectedPreflight rejectedPreflight;

	private final UncoveredResponse uncoveredResponse;

	private final Duplicates duplicates;

	private final UnavailableUpstream unavailableUpstream;

	public Diagnostician(PreflightProbe probe) {
		this(probe, UpstreamProbe.NONE);
	}

	/** A diagnostician that may ask the service behind a gateway directly, to tell the layers apart. */
	public Diagnostician(PreflightProbe probe, UpstreamProbe upstream) {
		this.rejectedPreflight = new RejectedPreflight(probe);
		this.uncoveredResponse = new UncoveredResponse(probe);
		this.duplicates = new Duplicates(upstream);
		this.unavailableUpstream = new UnavailableUpstream(upstream);
	}

	public List<Finding> diagnose(Walkthrough walk) {
		List<Finding> findings = new ArrayList<>();
		if (walk.steps().isEmpty() && walk.verdict().failure() == Failure.INSECURE_PRIVATE_NETWORK) {
			findings.add(Problem.PRIVATE_NETWORK_FROM_INSECURE_PAGE.at(StepKind.PREFLIGHT, "the page's origin "
					+ walk.request().origin() + " is not a secure context, so the browser sends nothing"));
		}
		for (Step step : walk.steps()) {
			findings.addAll(diagnose(walk, step));
		}
		return runsCorsPolicy(walk) ? findings.stream().map(Finding::onCorsPolicyServer).toList() : findings;
	}

	/** Whether a response shows the server runs cors-policy: its filter's body for a refused preflight. */
	private static boolean runsCorsPolicy(Walkthrough walk) {
		return walk.steps().stream().anyMatch((step) -> step.exchange().body().startsWith(CORS_POLICY_REFUSAL));
	}

	private List<Finding> diagnose(Walkthrough walk, Step step) {
		BrowserResponse response = step.response();
		if (response == null) {
			return List.of(Problem.CONNECTION_FAILED.at(step, "no response: " + step.exchange().failure()));
		}
		Optional<Finding> blocking = blocking(walk, step, response);
		if (blocking.isPresent()) {
			return List.of(blocking.get());
		}
		return Stream.concat(this.duplicates.surviving(walk, step, response).stream(),
				CacheSafety.missingVaryOrigin(walk.request(), step, response).stream()).toList();
	}

	private Optional<Finding> blocking(Walkthrough walk, Step step, BrowserResponse response) {
		if (REDIRECTS.contains(response.status()) && step.redirectedTo() != null) {
			return Optional.empty(); // followed, as a browser does: the next steps tell the rest
		}
		Failure failure = (step.verdict() != null) ? step.verdict().failure() : null;
		if (REDIRECTS.contains(response.status()) && step.kind() == StepKind.REQUEST && failure != null
				&& REDIRECT_FAILURES.contains(failure)) {
			return Optional.of(VerdictFindings.of(walk.request(), step, response));
		}
		if (REDIRECTS.contains(response.status())) {
			Problem problem = (step.kind() == StepKind.PREFLIGHT) ? Problem.PREFLIGHT_REDIRECTED : Problem.REQUEST_REDIRECTED;
			return Optional.of(problem.at(step, "answered " + response.status() + " with Location "
					+ Evidence.value(response, "Location")));
		}
		if (step.passed()) {
			return Optional.empty();
		}
		Optional<String> edge = EdgeMarkers.rejection(response);
		if (edge.isPresent() && !Evidence.writtenByCorsHandler(step, response)) {
			return Optional.of(Problem.EDGE_REJECTION.at(step, "answered " + response.status() + " without any CORS "
					+ "header, with the marks of an edge (" + edge.get() + "): most likely rejected before the application"));
		}
		if (UnavailableUpstream.recognises(response)) {
			return Optional.of(this.unavailableUpstream.explain(walk, step, response));
		}
		return Optional.of(failure(walk, step, response));
	}

	private Finding failure(Walkthrough walk, Step step, BrowserResponse response) {
		Failure failure = Objects.requireNonNull(Objects.requireNonNull(step.verdict()).failure());
		Optional<Finding> duplicated = this.duplicates.blocking(walk, step, response, failure);
		if (duplicated.isPresent()) {
			return duplicated.get();
		}
		boolean originMissing = failure == Failure.MISSING_ALLOW_ORIGIN;
		boolean tainted = "null".equals(step.sentHeaders().get("Origin")) && !walk.request().origin().equals("null");
		if (tainted && (originMissing || failure == Failure.ALLOW_ORIGIN_MISMATCH)) {
			return Problem.ORIGIN_NULL_AFTER_REDIRECT.at(step, "the browser sent 'Origin: null' to " + step.url()
					+ " after a redirect to another origin, and Access-Control-Allow-Origin is "
					+ Evidence.value(response, Evidence.ALLOW_ORIGIN));
		}
		if (!step.url().toString().equals(walk.request().url())) {
			return VerdictFindings.of(walk.request(), step, response); // after a redirect: no probes of the first URL
		}
		if (step.kind() == StepKind.PREFLIGHT && originMissing) {
			return this.rejectedPreflight.explain(walk.request(), step, response);
		}
		if (step.kind() == StepKind.REQUEST && (originMissing || failure == Failure.ALLOW_ORIGIN_MISMATCH)) {
			return this.uncoveredResponse.explain(walk, step, response);
		}
		return VerdictFindings.of(walk.request(), step, response);
	}

}
