package io.github.corspolicy.test;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserRequest;

/**
 * One call of the page, being described: the headers it sets and its body. {@link #run()} plays
 * it as the browser would.
 */
public final class CorsCall {

	private final HttpTransport transport;

	private final String path;

	private BrowserRequest request;

	private @Nullable String body;

	CorsCall(HttpTransport transport, String path, BrowserRequest request) {
		this.transport = transport;
		this.path = path;
		this.request = request;
	}

	/**
	 * A header the page sets. Headers a page cannot set ({@code Cookie}, {@code Host},
	 * {@code Sec-*}...) are dropped, as the browser drops them.
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

	/** Sends the preflight if the browser would, then the request if the preflight lets it. */
	public CorsOutcome run() {
		return BrowserPlayer.play(this.transport, this.path, this.request, this.body);
	}

}
