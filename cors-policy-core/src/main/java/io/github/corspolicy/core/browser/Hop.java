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
