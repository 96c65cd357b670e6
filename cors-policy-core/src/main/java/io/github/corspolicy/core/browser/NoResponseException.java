package io.github.corspolicy.core.browser;

/**
 * Thrown by a {@link BrowserTransport} when no response came (connection refused, TLS, timeout):
 * the walk records it as the step's outcome, as a browser's network error.
 */
public class NoResponseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** @param reason why no response came, in words a person can act on */
	public NoResponseException(String reason) {
		super(reason);
	}

}
