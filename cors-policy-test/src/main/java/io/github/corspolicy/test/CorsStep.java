package io.github.corspolicy.test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict;

/**
 * One exchange the browser made: the preflight or the actual request.
 *
 * @param method the method sent, {@code OPTIONS} for a preflight
 * @param sentHeaders the headers the browser sent
 * @param response the response received
 * @param verdict whether the browser went on after it
 */
public record CorsStep(String method, Map<String, String> sentHeaders, BrowserResponse response,
		BrowserVerdict verdict) {

	public CorsStep {
		sentHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(sentHeaders));
	}

	/** The response's status. */
	public int status() {
		return this.response.status();
	}

}
