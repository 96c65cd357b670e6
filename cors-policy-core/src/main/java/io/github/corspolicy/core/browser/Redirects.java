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

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserVerdict.Failure;

/**
 * Fetch's rules for a CORS request answered with a redirect ("HTTP fetch", step 6, and
 * "HTTP-redirect fetch"): whether and where the browser goes on, and with what request.
 */
final class Redirects {

	/** The browser's limit: the 21st redirect is a network error ("HTTP-redirect fetch", step 7). */
	static final int MAX_REDIRECTS = 20;

	/** Redirect statuses (Fetch 2.2.3). */
	private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);

	/** Request-body-header names (Fetch 2.2.2), dropped when a redirect turns the request into a GET. */
	private static final Set<String> BODY_HEADERS = Set.of("content-encoding", "content-language", "content-location",
			"content-type");

	private Redirects() {
	}

	static boolean isRedirect(int status) {
		return STATUSES.contains(status);
	}

	/**
	 * What follows a response that passed the CORS check: nothing when it is not a redirect (or has
	 * no Location, then it is the final response), a network error, or the request to the next URL.
	 */
	static Next next(Hop hop, BrowserResponse response) {
		String location = response.value("Location");
		if (!isRedirect(response.status()) || location == null) {
			return Next.DONE;
		}
		URI target = resolve(hop.request().url(), location);
		String scheme = (target != null) ? target.getScheme() : null;
		if (target == null || !"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
			return Next.failed(CorsBrowser.failure(Failure.REDIRECT_INVALID_LOCATION, hop.request(), "Redirect location '"
					+ location + "' is not a valid http or https URL.", Causes.INVALID_LOCATION));
		}
		if (hop.redirects() == MAX_REDIRECTS) {
			return Next.failed(networkError(Failure.TOO_MANY_REDIRECTS, hop.request(), "net::ERR_TOO_MANY_REDIRECTS",
					Causes.TOO_MANY));
		}
		if (target.getRawUserInfo() != null) {
			// steps 9 and 10: no credentials in the URL of a CORS request's redirect
			return Next.failed(CorsBrowser.failure(Failure.REDIRECT_WITH_CREDENTIALS, hop.request(), "Redirect location '"
					+ location + "' contains a username and password, which is disallowed for cross-origin requests.",
					Causes.WITH_CREDENTIALS));
		}
		return new Next(follow(hop, response.status(), target), null);
	}

	/** The request to the redirect's target (steps 12, 13 and 16 of "HTTP-redirect fetch"). */
	private static Hop follow(Hop hop, int status, URI target) {
		BrowserRequest request = hop.request();
		String method = request.method();
		Map<String, String> headers = new LinkedHashMap<>(request.headers());
		String body = hop.body();
		if (becomesGet(status, method)) {
			method = "GET";
			body = null;
			headers.keySet().removeIf((name) -> BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT)));
		}
		String from = origin(URI.create(request.url()));
		String to = origin(target);
		if (!from.equals(to)) {
			// the CORS non-wildcard request-header name does not cross origins
			headers.keySet().removeIf((name) -> name.equalsIgnoreCase("Authorization"));
		}
		boolean tainted = hop.tainted() || !from.equals(to) && !hop.pageOrigin().equals(from);
		BrowserRequest next = new BrowserRequest(target.toString(), tainted ? "null" : hop.pageOrigin(), method, headers,
				request.credentials());
		return new Hop(next, body, hop.pageOrigin(), hop.firstHost(), tainted, hop.redirects() + 1);
	}

	/** 301 and 302 turn a POST into a GET, 303 anything but GET and HEAD (step 12). */
	private static boolean becomesGet(int status, String method) {
		return (status == 301 || status == 302) && method.equals("POST")
				|| status == 303 && !method.equals("GET") && !method.equals("HEAD");
	}

	private static @Nullable URI resolve(String base, String location) {
		try {
			URI target = URI.create(base).resolve(location.strip());
			return (target.getHost() != null) ? target : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The serialisation of a URL's origin: scheme, host and a port other than the default. */
	static String origin(URI url) {
		String scheme = url.getScheme().toLowerCase(Locale.ROOT);
		int port = url.getPort();
		boolean defaultPort = port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
		return scheme + "://" + host(url.toString()) + ((port < 0 || defaultPort) ? "" : ":" + port);
	}

	static String host(String url) {
		String host = URI.create(url).getHost();
		return (host != null) ? host.toLowerCase(Locale.ROOT) : "";
	}

	private static BrowserVerdict networkError(Failure failure, BrowserRequest request, String error, String cause) {
		String message = "Failed to load '" + request.url() + "': " + error;
		return new BrowserVerdict(failure, message, cause);
	}

	/**
	 * After a response: the next request, or the failure that ends the walk; neither when the
	 * response is the final one.
	 */
	record Next(@Nullable Hop hop, @Nullable BrowserVerdict failure) {

		static final Next DONE = new Next(null, null);

		static Next failed(BrowserVerdict failure) {
			return new Next(null, failure);
		}

	}

	private static final class Causes {

		static final String INVALID_LOCATION = "the redirect's Location header is not an http or https URL: send an "
				+ "absolute or relative URL of the target";

		static final String TOO_MANY = "the redirects loop, or chain more than 20 times: call the final URL, and check "
				+ "rules that redirect (trailing slashes, http to https, www)";

		static final String WITH_CREDENTIALS = "the redirect's Location has a user name or password in it, which a "
				+ "browser refuses for a CORS request: redirect to a URL without them";

		private Causes() {
		}

	}

}
