package io.github.corspolicy.test;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict;
import io.github.corspolicy.core.browser.CorsBrowser;

/**
 * Plays the browser's steps over a transport; every CORS rule comes from {@link CorsBrowser}.
 */
final class BrowserPlayer {

	private BrowserPlayer() {
	}

	static CorsOutcome play(HttpTransport transport, String path, BrowserRequest request, @Nullable String body) {
		CorsStep preflight = null;
		if (CorsBrowser.needsPreflight(request)) {
			preflight = preflight(transport, path, request);
			if (!preflight.verdict().allowed()) {
				return new CorsOutcome(request, preflight, null, Set.of());
			}
		}
		Map<String, String> headers = CorsBrowser.requestHeaders(request);
		BrowserResponse response = transport.send(request.method(), path, headers, body);
		BrowserVerdict verdict = CorsBrowser.checkResponse(request, response);
		CorsStep actual = new CorsStep(request.method(), headers, response, verdict);
		Set<String> readable = verdict.allowed() ? CorsBrowser.readableHeaders(request, response) : Set.of();
		return new CorsOutcome(request, preflight, actual, readable);
	}

	private static CorsStep preflight(HttpTransport transport, String path, BrowserRequest request) {
		Map<String, String> headers = CorsBrowser.preflightHeaders(request);
		// preflights never carry the page's headers, a body or credentials (Fetch 4.8)
		BrowserResponse response = transport.send("OPTIONS", path, headers, null);
		return new CorsStep("OPTIONS", headers, response, CorsBrowser.checkPreflight(request, response));
	}

}
