package io.github.corspolicy.core.browser;

import org.jspecify.annotations.Nullable;

/**
 * Whether a browser lets the page go on, and if not why: in the words of Chromium's console, and
 * the likely cause on the server side.
 *
 * @param failure what failed, or {@code null} when the browser lets the page go on
 * @param consoleMessage the message Chromium's console shows, or {@code null}
 * @param likelyCause what usually causes it, and what to change, or {@code null}
 */
public record BrowserVerdict(@Nullable Failure failure, @Nullable String consoleMessage,
		@Nullable String likelyCause) {

	/** The ways the CORS checks of the Fetch standard fail. */
	public enum Failure {

		/** The preflight's status is not in the range 200 to 299. */
		PREFLIGHT_STATUS,

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

		/** The preflight does not allow a request header. */
		HEADER_NOT_ALLOWED,

		/** {@code Access-Control-Allow-Methods} or {@code -Headers} is not a list of tokens. */
		INVALID_ALLOW_LIST

	}

	static final BrowserVerdict ALLOWED = new BrowserVerdict(null, null, null);

	/** Whether the browser lets the page go on: send the request, or read the response. */
	public boolean allowed() {
		return this.failure == null;
	}

}
