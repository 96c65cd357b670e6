package io.github.corspolicy.doctor.checkup;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict;
import io.github.corspolicy.core.browser.CorsBrowser;
import io.github.corspolicy.doctor.http.Exchange;
import io.github.corspolicy.doctor.http.HttpTransport;

/**
 * Sends what a browser sends for a call, and asks the core's {@link CorsBrowser} for the verdict on
 * each response. Every CORS rule lives in the core; this class only does the HTTP.
 */
public final class Checkup {

	private final HttpTransport transport;

	public Checkup(HttpTransport transport) {
		this.transport = transport;
	}

	/** The preflight when a browser sends one; then the request, unless the preflight failed. */
	public Walkthrough run(BrowserRequest request) {
		boolean preflightNeeded = CorsBrowser.needsPreflight(request);
		List<Step> steps = new ArrayList<>();
		if (preflightNeeded) {
			steps.add(preflight(request));
		}
		if (steps.stream().allMatch(Step::passed)) {
			steps.add(actualRequest(request));
		}
		return new Walkthrough(request, preflightNeeded, steps);
	}

	/** The preflight a browser sends for the request: no credentials, no page headers. */
	public Step preflight(BrowserRequest request) {
		Map<String, String> headers = CorsBrowser.preflightHeaders(request);
		Exchange exchange = this.transport.send("OPTIONS", URI.create(request.url()), headers);
		BrowserResponse response = exchange.response();
		BrowserVerdict verdict = (response != null) ? CorsBrowser.checkPreflight(request, response) : null;
		return new Step(StepKind.PREFLIGHT, "OPTIONS", URI.create(request.url()), headers, exchange, verdict);
	}

	private Step actualRequest(BrowserRequest request) {
		Map<String, String> headers = requestHeaders(request);
		Exchange exchange = this.transport.send(request.method(), URI.create(request.url()), headers);
		BrowserResponse response = exchange.response();
		BrowserVerdict verdict = (response != null) ? CorsBrowser.checkResponse(request, response) : null;
		return new Step(StepKind.REQUEST, request.method(), URI.create(request.url()), headers, exchange, verdict);
	}

	/**
	 * The headers a browser sends with the request. A page cannot set {@code Cookie}; given on the
	 * command line it stands for the browser's cookie jar, which a browser sends only with credentials.
	 */
	public static Map<String, String> requestHeaders(BrowserRequest request) {
		Map<String, String> headers = new LinkedHashMap<>(CorsBrowser.requestHeaders(request));
		if (request.credentials()) {
			request.headers().forEach((name, value) -> {
				if (name.equalsIgnoreCase("Cookie")) {
					headers.put(name, value);
				}
			});
		}
		return headers;
	}

}
