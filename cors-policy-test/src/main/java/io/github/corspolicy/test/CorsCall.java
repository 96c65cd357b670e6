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
package io.github.corspolicy.test;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserWalk;

/**
 * One call of the page, being described: the headers it sets and its body. {@link #run()} plays
 * it as the browser would.
 */
public final class CorsCall {

	private final BrowserWalk walk;

	private BrowserRequest request;

	private @Nullable String body;

	CorsCall(BrowserWalk walk, BrowserRequest request) {
		this.walk = walk;
		this.request = request;
	}

	/**
	 * A header the page sets. Headers a page cannot set ({@code Cookie}, {@code Host},
	 * {@code Sec-*}...) are dropped, as the browser drops them: give cookies with
	 * {@link CorsCheck#withCookies(String)}.
	 */
	public CorsCall header(String name, String value) {
		this.request = this.request.withHeader(name, value);
		return this;
	}

	/** The request body, sent with the actual request and never with the preflight. */
	public CorsCall body(String body) {
		this.body = body;
		return this;
	}

	/**
	 * Sends the preflight if the browser would, then the request if the preflight lets it, and
	 * with {@link CorsCheck#followingRedirects()} the same for each redirect's target.
	 */
	public CorsOutcome run() {
		return CorsOutcome.of(this.walk.walk(this.request, this.body));
	}

}
