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
package io.github.corspolicy.core.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserVerdict.Failure;
import io.github.corspolicy.core.browser.WalkStep.Kind;

/**
 * The browser's walk for one call, over any {@link BrowserTransport}: the preflight when one is
 * needed, then the request, and for each redirect followed the same again for the next URL (Fetch,
 * "main fetch", "HTTP fetch" and "HTTP-redirect fetch"). Every verdict comes from
 * {@link CorsBrowser}; instances are immutable, each setting returns a new walk.
 */
public final class BrowserWalk {

	/** At most this many redirects are followed; one more is a network error. */
	public static final int MAX_REDIRECTS = Redirects.MAX_REDIRECTS;

	private final BrowserTransport transport;

	private final boolean followRedirects;

	private final @Nullable String cookies;

	private final @Nullable AddressSpace privateNetwork;

	private BrowserWalk(BrowserTransport transport, boolean followRedirects, @Nullable String cookies,
			@Nullable AddressSpace privateNetwork) {
		this.transport = transport;
		this.followRedirects = followRedirects;
		this.cookies = cookies;
		this.privateNetwork = privateNetwork;
	}

	/** A walk that stops at a redirect, reporting it as the final response, with no cookies. */
	public static BrowserWalk over(BrowserTransport transport) {
		return new BrowserWalk(transport, false, null, null);
	}

	/** Follows redirects as {@code fetch()} does by default ({@code redirect: 'follow'}), at most 20. */
	public BrowserWalk followingRedirects() {
		return new BrowserWalk(this.transport, true, this.cookies, this.privateNetwork);
	}

	/**
	 * The browser's cookies for the host called, as a {@code Cookie} header value: sent with the
	 * requests of a credentialed call to that host, never with a preflight (Fetch 4.8).
	 */
	public BrowserWalk withCookies(@Nullable String cookies) {
		return new BrowserWalk(this.transport, this.followRedirects, cookies, this.privateNetwork);
	}

	/**
	 * The page is on the public internet and the server in a more private address space: every
	 * call is preflighted and must be allowed with {@code Access-Control-Allow-Private-Network}.
	 */
	public BrowserWalk toPrivateNetwork(@Nullable AddressSpace target) {
		return new BrowserWalk(this.transport, this.followRedirects, this.cookies, target);
	}

	/** Whether the browser sends a preflight first: a request that is not simple, or any private network request. */
	public boolean needsPreflight(BrowserRequest request) {
		return this.privateNetwork != null || CorsBrowser.needsPreflight(request);
	}

	/** Why the browser sends a preflight first, one sentence each; empty when it sends the request straight away. */
	public List<String> preflightReasons(BrowserRequest request) {
		List<String> reasons = new ArrayList<>(CorsBrowser.preflightReasons(request));
		if (this.privateNetwork != null) {
			reasons.add("the page is public and the server in the " + this.privateNetwork.label()
					+ " address space (Private Network Access)");
		}
		return reasons;
	}

	/** Walks the call without a body. */
	public WalkResult walk(BrowserRequest request) {
		return walk(request, null);
	}

	/** Walks the call: the body goes with the request, never with a preflight. */
	public WalkResult walk(BrowserRequest request, @Nullable String body) {
		if (this.privateNetwork != null && !PrivateNetwork.isSecureContext(request.origin())) {
			BrowserVerdict insecure = CorsBrowser.failure(Failure.INSECURE_PRIVATE_NETWORK, request,
					PrivateNetwork.insecure(this.privateNetwork), PrivateNetwork.INSECURE_CAUSE);
			return new WalkResult(request, true, List.of(), insecure, Set.of());
		}
		List<WalkStep> steps = new ArrayList<>();
		Hop hop = Hop.first(request, body);
		while (true) {
			WalkStep last = walkOne(hop, steps);
			Redirects.Next next = (last.passed() && last.kind() == Kind.REQUEST && this.followRedirects)
					? Redirects.next(hop, last.response()) : Redirects.Next.DONE;
			if (next.hop() == null) {
				return finish(request, steps, hop, (next.failure() != null) ? last.withVerdict(next.failure()) : last);
			}
			steps.set(steps.size() - 1, last.redirectedTo(next.hop().request().url()));
			hop = next.hop();
		}
	}

	/** The preflight for the request to one URL, and the verdict on its response. */
	public WalkStep preflight(BrowserRequest request) {
		Map<String, String> headers = CorsBrowser.preflightHeaders(request, this.privateNetwork);
		// preflights never carry the page's headers, a body or credentials (Fetch 4.8)
		return send(Kind.PREFLIGHT, "OPTIONS", request, headers, null);
	}

	/**
	 * The headers the browser sends with the request: the page's, less those it cannot set, the
	 * {@code Origin}, and the cookies when the call is credentialed.
	 */
	public Map<String, String> requestHeaders(BrowserRequest request) {
		return requestHeaders(request, request.credentials());
	}

	/** The preflight, when needed, and then the request to one URL; returns the last step taken. */
	private WalkStep walkOne(Hop hop, List<WalkStep> steps) {
		if (needsPreflight(hop.request())) {
			WalkStep preflight = preflight(hop.request());
			steps.add(preflight);
			if (!preflight.passed()) {
				return preflight;
			}
		}
		BrowserRequest request = hop.request();
		WalkStep actual = send(Kind.REQUEST, request.method(), request, requestHeaders(request, hop.sendsCookies()),
				hop.body());
		steps.add(actual);
		return actual;
	}

	private WalkStep send(Kind kind, String method, BrowserRequest request, Map<String, String> headers,
			@Nullable String body) {
		try {
			BrowserResponse response = this.transport.send(method, request.url(), headers, body);
			BrowserVerdict verdict = (kind == Kind.PREFLIGHT)
					? CorsBrowser.checkPreflight(request, response, this.privateNetwork)
					: CorsBrowser.checkResponse(request, response);
			return new WalkStep(kind, method, request.url(), headers, response, null, verdict, null);
		}
		catch (NoResponseException ex) {
			String reason = ex.getMessage();
			BrowserVerdict verdict = new BrowserVerdict(Failure.NO_RESPONSE, "Failed to fetch '" + request.url() + "': "
					+ reason, "no response came: " + reason);
			return new WalkStep(kind, method, request.url(), headers, null, reason, verdict, null);
		}
	}

	private WalkResult finish(BrowserRequest request, List<WalkStep> steps, Hop hop, WalkStep last) {
		steps.set(steps.size() - 1, last);
		BrowserResponse response = last.response();
		Set<String> readable = (last.passed() && last.kind() == Kind.REQUEST && response != null)
				? CorsBrowser.readableHeaders(hop.request(), response) : Set.of();
		return new WalkResult(request, needsPreflight(request), steps, last.verdict(), readable);
	}

	private Map<String, String> requestHeaders(BrowserRequest request, boolean withCookies) {
		Map<String, String> headers = new LinkedHashMap<>(CorsBrowser.requestHeaders(request));
		if (withCookies && this.cookies != null) {
			headers.put("Cookie", this.cookies);
		}
		return headers;
	}

}
