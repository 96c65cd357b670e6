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
package io.github.corspolicy.core.browser;

import java.net.URI;
import java.util.Locale;

/**
 * Private Network Access (WICG draft, as Chromium ships it): a request from a public page into a
 * more private address space needs a secure page and a preflight that opts in.
 */
final class PrivateNetwork {

	/** The preflight's request header ("CORS preflight" section). */
	static final String REQUEST = "Access-Control-Request-Private-Network";

	/** The preflight response's header that allows it. */
	static final String ALLOW = "Access-Control-Allow-Private-Network";

	static final String MISSING_ALLOW_CAUSE = "a page on the public internet calls a private or local server, and the "
			+ "preflight answer does not opt in: send Access-Control-Allow-Private-Network: true with the other CORS "
			+ "headers of preflights that carry Access-Control-Request-Private-Network: true";

	static final String INSECURE_CAUSE = "only secure pages (https, or localhost) may call into a more private address "
			+ "space: serve the page over https";

	private PrivateNetwork() {
	}

	static String missingAllow(AddressSpace target) {
		return "No 'Access-Control-Allow-Private-Network' header was present in the preflight response for this private "
				+ "network request targeting the `" + target.label() + "` address space.";
	}

	static String insecure(AddressSpace target) {
		return "The request client is not a secure context and the resource is in more-private address space `"
				+ target.label() + "`.";
	}

	/** A potentially trustworthy origin (Secure Contexts, 3.1): https, or a loopback host. */
	static boolean isSecureContext(String origin) {
		if (origin.equals("null")) {
			return false;
		}
		URI uri = URI.create(origin);
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		return "https".equalsIgnoreCase(uri.getScheme()) || host.equals("localhost") || host.endsWith(".localhost")
				|| host.startsWith("127.") || host.equals("[::1]");
	}

}
