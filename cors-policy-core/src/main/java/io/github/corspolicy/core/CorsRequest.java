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
 * @param serverOrigin the origin of this server as the request addressed it
 * ({@code scheme://host[:port]}), or {@code null} when unknown; used only to tell
 * {@link #isSameOrigin() same-origin} requests apart in reports, never to decide
 */
public record CorsRequest(String method, @Nullable String origin, @Nullable String accessControlRequestMethod,
		@Nullable String accessControlRequestHeaders, @Nullable String accessControlRequestPrivateNetwork,
		@Nullable String serverOrigin) {

	public CorsRequest {
		method = (method != null) ? method : "";
	}

	/** A request whose server origin is unknown, so never taken for same-origin. */
	public CorsRequest(String method, @Nullable String origin, @Nullable String accessControlRequestMethod,
			@Nullable String accessControlRequestHeaders, @Nullable String accessControlRequestPrivateNetwork) {
		this(method, origin, accessControlRequestMethod, accessControlRequestHeaders, accessControlRequestPrivateNetwork,
				null);
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

	/**
	 * Whether the page that sent the request has the server's own origin, as far as the server can
	 * tell (browsers send Origin on same-origin POSTs too). Behind a proxy the server's origin comes
	 * from forwarded headers, which a client can write: use this to keep same-origin requests out of
	 * rejection logs and metrics, never to decide whether to send CORS headers.
	 */
	public boolean isSameOrigin() {
		return this.origin != null && this.origin.equalsIgnoreCase(this.serverOrigin);
	}

	/** Whether the preflight asks for access to a private network. */
	public boolean requestsPrivateNetwork() {
		return "true".equals(this.accessControlRequestPrivateNetwork);
	}

}
