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

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.AddressSpace;
import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserWalk;
import io.github.corspolicy.core.browser.CorsBrowser;
import io.github.corspolicy.core.browser.NoResponseException;
import io.github.corspolicy.core.browser.WalkResult;
import io.github.corspolicy.core.browser.WalkStep;
import io.github.corspolicy.doctor.http.Exchange;
import io.github.corspolicy.doctor.http.HttpTransport;

/**
 * Runs the core's {@link BrowserWalk} over the JDK's HTTP client, and keeps each exchange (with the
 * start of its body) for the report. Every CORS rule lives in the core; this class only does the HTTP.
 */
public final class Checkup {

	private final HttpTransport transport;

	private final boolean followRedirects;

	private final @Nullable AddressSpace privateNetwork;

	private final List<Exchange> exchanges = new ArrayList<>();

	public Checkup(HttpTransport transport) {
		this(transport, false, null);
	}

	/** A checkup that follows redirects as a browser does, or for a public page calling a private network. */
	public Checkup(HttpTransport transport, boolean followRedirects, @Nullable AddressSpace privateNetwork) {
		this.transport = transport;
		this.followRedirects = followRedirects;
		this.privateNetwork = privateNetwork;
	}

	/** The preflight when a browser sends one; then the request, unless the preflight failed; then redirects. */
	public Walkthrough run(BrowserRequest request) {
		int first = this.exchanges.size();
		BrowserWalk browser = walk(request);
		WalkResult walk = browser.walk(request);
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < walk.steps().size(); i++) {
			steps.add(step(walk.steps().get(i), this.exchanges.get(first + i)));
		}
		return new Walkthrough(request, walk.preflightNeeded(), steps, walk.verdict(), browser.preflightReasons(request));
	}

	/** The preflight a browser sends for the request: no credentials, no page headers. */
	public Step preflight(BrowserRequest request) {
		int index = this.exchanges.size();
		WalkStep step = walk(request).preflight(request);
		return step(step, this.exchanges.get(index));
	}

	/**
	 * The headers a browser sends with the request. A page cannot set {@code Cookie}; given on the
	 * command line it stands for the browser's cookie jar, which a browser sends only with credentials.
	 */
	public static Map<String, String> requestHeaders(BrowserRequest request) {
		Map<String, String> headers = new LinkedHashMap<>(CorsBrowser.requestHeaders(request));
		String cookies = cookies(request);
		if (request.credentials() && cookies != null) {
			headers.put("Cookie", cookies);
		}
		return headers;
	}

	private BrowserWalk walk(BrowserRequest request) {
		BrowserWalk walk = BrowserWalk.over(this::send).withCookies(cookies(request)).toPrivateNetwork(this.privateNetwork);
		return this.followRedirects ? walk.followingRedirects() : walk;
	}

	private BrowserResponse send(String method, String url, Map<String, String> headers,
			@Nullable String body) {
		Exchange exchange = this.transport.send(method, URI.create(url), headers);
		this.exchanges.add(exchange);
		if (exchange.response() == null) {
			throw new NoResponseException(exchange.failure());
		}
		return exchange.response();
	}

	private static Step step(WalkStep step, Exchange exchange) {
		StepKind kind = (step.kind() == WalkStep.Kind.PREFLIGHT) ? StepKind.PREFLIGHT : StepKind.REQUEST;
		URI redirectedTo = (step.redirectedTo() != null) ? URI.create(step.redirectedTo()) : null;
		return new Step(kind, step.method(), URI.create(step.url()), step.sentHeaders(), exchange,
				(step.response() != null) ? step.verdict() : null, redirectedTo);
	}

	private static @Nullable String cookies(BrowserRequest request) {
		return request.headers().entrySet().stream()
			.filter((header) -> header.getKey().equalsIgnoreCase("Cookie"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
