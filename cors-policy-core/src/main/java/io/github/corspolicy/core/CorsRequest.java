/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.corspolicy.core;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.internal.OriginSyntax;

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
 * @see #builder(String) the way to make one that keeps compiling when a field is added
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

	/**
	 * Starts a request with the given method and no CORS headers: set those that were received,
	 * leave the rest absent. Prefer this to the canonical constructor, whose parameter list grows
	 * when the protocol gains a request header.
	 * @param method the request method, exactly as received
	 * @return a builder
	 */
	public static Builder builder(String method) {
		return new Builder(method);
	}

	/** A request that is not a preflight. */
	public static CorsRequest actual(String method, @Nullable String origin) {
		return builder(method).origin(origin).build();
	}

	/** A preflight: {@code OPTIONS} with the given request method and request headers. */
	public static CorsRequest preflight(String origin, String requestMethod, @Nullable String requestHeaders) {
		return builder("OPTIONS").origin(origin)
			.accessControlRequestMethod(requestMethod)
			.accessControlRequestHeaders(requestHeaders)
			.build();
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

	/** Collects the parts of a {@link CorsRequest}; each header left unset is absent. */
	public static final class Builder {

		private final String method;

		private @Nullable String origin;

		private @Nullable String accessControlRequestMethod;

		private @Nullable String accessControlRequestHeaders;

		private @Nullable String accessControlRequestPrivateNetwork;

		private @Nullable String serverOrigin;

		private Builder(String method) {
			this.method = method;
		}

		/** The {@code Origin} header, its lines joined with {@code ", "}. */
		public Builder origin(@Nullable String origin) {
			this.origin = origin;
			return this;
		}

		/** The {@code Access-Control-Request-Method} header. */
		public Builder accessControlRequestMethod(@Nullable String requestMethod) {
			this.accessControlRequestMethod = requestMethod;
			return this;
		}

		/** The {@code Access-Control-Request-Headers} header, its lines joined with {@code ", "}. */
		public Builder accessControlRequestHeaders(@Nullable String requestHeaders) {
			this.accessControlRequestHeaders = requestHeaders;
			return this;
		}

		/** The {@code Access-Control-Request-Private-Network} header. */
		public Builder accessControlRequestPrivateNetwork(@Nullable String privateNetwork) {
			this.accessControlRequestPrivateNetwork = privateNetwork;
			return this;
		}

		/** This server's origin as the request addressed it ({@code scheme://host[:port]}). */
		public Builder serverOrigin(@Nullable String serverOrigin) {
			this.serverOrigin = serverOrigin;
			return this;
		}

		/**
		 * This server's origin from the parts of the address the request reached, serialized as a
		 * browser would: the scheme's default port (80 for http, 443 for https) left out.
		 * @param scheme the scheme, such as {@code https}
		 * @param host the host name or address
		 * @param port the port, or a negative number when the address names none
		 */
		public Builder serverOrigin(String scheme, String host, int port) {
			boolean defaultPort = port < 0 || port == OriginSyntax.defaultPort(scheme);
			return serverOrigin(scheme + "://" + host + (defaultPort ? "" : ":" + port));
		}

		/** The request with the parts set so far. */
		public CorsRequest build() {
			return new CorsRequest(this.method, this.origin, this.accessControlRequestMethod,
					this.accessControlRequestHeaders, this.accessControlRequestPrivateNetwork, this.serverOrigin);
		}

	}

}
