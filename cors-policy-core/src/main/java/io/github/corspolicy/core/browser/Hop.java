package io.github.corspolicy.core.browser;

import org.jspecify.annotations.Nullable;

/**
 * The request as it stands for one URL of a walk: after a redirect its URL, method, headers, body
 * and serialised origin may have changed (Fetch, "HTTP-redirect fetch").
 *
 * @param request the request to this URL; its origin is {@code null} once tainted
 * @param body the body, or {@code null}
 * @param pageOrigin the page's own origin, whatever the request's serialised origin
 * @param firstHost the host first called, whose cookies the browser has
 * @param tainted the request's tainted origin flag
 * @param redirects the request's redirect count
 */
record Hop(BrowserRequest request, @Nullable String body, String pageOrigin, String firstHost, boolean tainted,
		int redirects) {

	static Hop first(BrowserRequest request, @Nullable String body) {
		return new Hop(request, body, request.origin(), Redirects.host(request.url()), false, 0);
	}

	/** Whether the browser's cookies (those of the host first called) go to this URL. */
	boolean sendsCookies() {
		return this.request.credentials() && Redirects.host(this.request.url()).equals(this.firstHost);
	}

}
