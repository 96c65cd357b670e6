package io.github.corspolicy.test;

import io.github.corspolicy.core.browser.BrowserTransport;

/**
 * A {@link BrowserTransport} that also knows the server's base URL, so that a test names paths.
 */
interface HttpTransport extends BrowserTransport {

	/** The absolute URL of a path, as the page's {@code fetch()} would name it. */
	String urlOf(String path);

}
