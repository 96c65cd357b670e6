package io.github.corspolicy.test;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;

/**
 * Puts one request on the wire exactly as given, with no header added or dropped, and returns the
 * response as the browser receives it.
 */
interface HttpTransport {

	/** The absolute URL of a path, as the page's {@code fetch()} would name it. */
	String urlOf(String path);

	BrowserResponse send(String method, String path, Map<String, String> headers, @Nullable String body);

}
