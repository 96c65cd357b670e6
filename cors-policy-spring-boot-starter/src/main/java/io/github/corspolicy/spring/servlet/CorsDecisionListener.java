package io.github.corspolicy.spring.servlet;

import jakarta.servlet.http.HttpServletRequest;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.mapping.CorsMapping;

/**
 * Told of the decision on every cross-origin request (one with an {@code Origin} other than the
 * server's own), once per request, not again on its error dispatch: for logs and metrics.
 */
@FunctionalInterface
public interface CorsDecisionListener {

	void onDecision(HttpServletRequest request, CorsMapping mapping, CorsRequest corsRequest, CorsDecision decision);

}
