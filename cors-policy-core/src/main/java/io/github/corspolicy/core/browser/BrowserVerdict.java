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

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether a browser lets the page go on, and if not why: in the words of Chromium's console, every
 * refusal found, and the likely cause on the server side, in the terms of HTTP and the Fetch
 * standard (callers that know the server add advice in their own vocabulary).
 *
 * @param failure what failed, or {@code null} when the browser lets the page go on
 * @param consoleMessage the message Chromium's console shows, or {@code null}
 * @param likelyCause what usually causes it, and what to change, or {@code null}
 * @param reasons every refusal found, one sentence each (the console shows only the first); empty
 * when allowed
 * @param refusedHeaders the requested header names the preflight does not allow, lower-case, all of
 * them; empty unless the failure is {@link Failure#HEADER_NOT_ALLOWED}
 */
public record BrowserVerdict(@Nullable Failure failure, @Nullable String consoleMessage,
		@Nullable String likelyCause, List<String> reasons, List<String> refusedHeaders) {

	/** The ways the CORS checks of the Fetch standard fail. */
	public enum Failure {

		/** The preflight's status is not in the range 200 to 299. */
		PREFLIGHT_STATUS,

		/** The preflight was answered with a redirect, which a browser never follows (Fetch 4.8). */
		PREFLIGHT_REDIRECTED,

		/** No {@code Access-Control-Allow-Origin}. */
		MISSING_ALLOW_ORIGIN,

		/** {@code Access-Control-Allow-Origin} sent more than once, or as a list. */
		MULTIPLE_ALLOW_ORIGIN,

		/** {@code Access-Control-Allow-Origin} names another origin. */
		ALLOW_ORIGIN_MISMATCH,

		/** {@code Access-Control-Allow-Origin: *} on a credentialed request. */
		WILDCARD_WITH_CREDENTIALS,

		/** A credentialed request without {@code Access-Control-Allow-Credentials: true}. */
		MISSING_ALLOW_CREDENTIALS,

		/** The preflight does not allow the method. */
		METHOD_NOT_ALLOWED,

		/** The preflight does not allow one or more request headers. */
		HEADER_NOT_ALLOWED,

		/** {@code Access-Control-Allow-Methods} or {@code -Headers} is not a list of tokens. */
		INVALID_ALLOW_LIST,

		/** A private network preflight without {@code Access-Control-Allow-Private-Network: true}. */
		MISSING_ALLOW_PRIVATE_NETWORK,

		/** A page that is not a secure context calls into a more private address space. */
		INSECURE_PRIVATE_NETWORK,

		/** A redirect's {@code Location} is not a URL, or not an {@code http(s):} one. */
		REDIRECT_INVALID_LOCATION,

		/** A redirect's {@code Location} has a user name or password, refused on a CORS request. */
		REDIRECT_WITH_CREDENTIALS,

		/** More than 20 redirects. */
		TOO_MANY_REDIRECTS,

		/** No response came: the connection, TLS or the transport failed. */
		NO_RESPONSE

	}

	static final BrowserVerdict ALLOWED = new BrowserVerdict(null, null, null, List.of(), List.of());

	public BrowserVerdict {
		reasons = List.copyOf(reasons);
		refusedHeaders = List.copyOf(refusedHeaders);
	}

	/** A verdict without the list of reasons: the console message is the only one. */
	public BrowserVerdict(@Nullable Failure failure, @Nullable String consoleMessage, @Nullable String likelyCause) {
		this(failure, consoleMessage, likelyCause, (consoleMessage != null) ? List.of(consoleMessage) : List.of(), List.of());
	}

	/** Whether the browser lets the page go on: send the request, or read the response. */
	public boolean allowed() {
		return this.failure == null;
	}

}
