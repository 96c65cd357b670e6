package io.github.corspolicy.spring.http;

/**
 * The response headers the CORS filters own: every {@code Access-Control-*} header. Whatever the
 * application writes under those names is ignored or removed, so that a response carries only the
 * policy's.
 */
public final class CorsHeaders {

	private static final String PREFIX = "Access-Control-";

	private CorsHeaders() {
	}

	/** Whether a header name is one of the {@code Access-Control-*} family, in any case. */
	public static boolean isCorsHeader(String name) {
		return name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

}
