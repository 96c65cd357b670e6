package io.github.corspolicy.spring.live;

/**
 * A required {@link CorsOriginSource} could not be read at start-up.
 */
public class SourceUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String source;

	public SourceUnavailableException(String source, Exception cause) {
		super("The CORS origin source '" + source + "' could not be read at start-up: " + LiveCorsRefresher.describe(cause),
				cause);
		this.source = source;
	}

	/** The source's name. */
	public String getSource() {
		return this.source;
	}

}
