package io.github.corspolicy.spring.http;

import java.util.List;

/**
 * The response headers the CORS filters own: every {@code Access-Control-*} header. Whatever the
 * application writes under those names is ignored or removed, so that a response carries only the
 * policy's.
 */
public final class CorsHeaders {

	private static final String PREFIX = "Access-Control-";

	/**
	 * The {@code Access-Control-*} names a browser reads on a response (Fetch standard, section
	 * 3.2.3, and Private Network Access): a response that carries none of these beside the
	 * policy's carries nothing a browser would act on.
	 */
	public static final List<String> RESPONSE_HEADERS = List.of("Access-Control-Allow-Origin",
			"Access-Control-Allow-Credentials", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
			"Access-Control-Max-Age", "Access-Control-Expose-Headers", "Access-Control-Allow-Private-Network");

	private CorsHeaders() {
	}

	/** Whether a header name is one of the {@code Access-Control-*} family, in any case. */
	public static boolean isCorsHeader(String name) {
		return name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

}
