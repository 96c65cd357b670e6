package io.github.corspolicy.core;

import org.jspecify.annotations.Nullable;

/**
 * What the CORS protocol reads from a request. Each header is given as the single value obtained by
 * joining all its lines with {@code ", "} (RFC 9110 section 5.3), or {@code null} when absent; a
 * request with several Origin lines therefore carries a list, which is never a valid origin.
 *
 * @param method the request method, exactly as received
 * @param origin the {@code Origin} header
 * @param accessControlRequestMethod the {@code Access-Control-Request-Method} header
 * @param accessControlRequestHeaders the {@code Access-Control-Request-Headers} header
 * @param accessControlRequestPrivateNetwork the {@code Access-Control-Request-Private-Network}
 * header
 */
public record CorsRequest(String method, @Nullable String origin, @Nullable String accessControlRequestMethod,
		@Nullable String accessControlRequestHeaders, @Nullable String accessControlRequestPrivateNetwork) {

	public CorsRequest {
		method = (method != null) ? method : "";
	}

	/** A request that is not a preflight. */
	public static CorsRequest actual(String method, @Nullable String origin) {
		return new CorsRequest(method, origin, null, null, null);
	}

	/** A preflight: {@code OPTIONS} with the given request method and request headers. */
	public static CorsRequest preflight(String origin, String requestMethod, @Nullable String requestHeaders) {
		return new CorsRequest("OPTIONS", origin, requestMethod, requestHeaders, null);
	}

	/**
	 * Whether this is a CORS-preflight request: {@code OPTIONS} with {@code Origin} and
	 * {@code Access-Control-Request-Method} (Fetch standard, section 3.2.2).
	 */
	public boolean isPreflight() {
		return this.origin != null && this.accessControlRequestMethod != null && this.method.equals("OPTIONS");
	}

	/** Whether the preflight asks for access to a private network. */
	public boolean requestsPrivateNetwork() {
		return "true".equals(this.accessControlRequestPrivateNetwork);
	}

}
