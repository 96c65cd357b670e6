package io.github.corspolicy.sample.reactive.feed;

/**
 * A frame that is not STOMP 1.2: the message says what is wrong, and becomes the {@code ERROR}
 * frame's {@code message} header.
 */
final class StompFrameException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	StompFrameException(String message) {
		super(message);
	}

}
