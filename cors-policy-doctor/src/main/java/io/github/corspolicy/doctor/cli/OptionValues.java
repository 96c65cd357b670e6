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
package io.github.corspolicy.doctor.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks the values given on the command line; each check returns what is wrong, or {@code null}.
 */
final class OptionValues {

	/** An HTTP token (RFC 9110, section 5.6.2): a method or a header name. */
	private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

	private static final String NOT_ABSOLUTE = "is not an absolute http:// or https:// URL";

	private OptionValues() {
	}

	static @Nullable String checkUrl(String url) {
		String problem = urlProblem(url);
		return (problem != null) ? "the URL '" + url + "' " + problem : null;
	}

	/** The service behind a gateway: a URL as the one called, given as the gateway reaches it. */
	static @Nullable String checkUpstream(String url) {
		String problem = urlProblem(url);
		if (problem == null) {
			return null;
		}
		String example = problem.equals(NOT_ABSOLUTE) ? ", e.g. --upstream http://localhost:8080" : "";
		return "--upstream '" + url + "' " + problem + example;
	}

	private static @Nullable String urlProblem(String url) {
		URI uri = parse(url);
		String scheme = (uri != null) ? uri.getScheme() : null;
		if (uri == null || scheme == null || !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
			return NOT_ABSOLUTE;
		}
		if (uri.getHost() == null) {
			return "has no host";
		}
		if (uri.getRawUserInfo() != null) {
			return "has credentials in it, which fetch() refuses: send them in an Authorization header";
		}
		if (uri.getRawFragment() != null) {
			return "has a fragment (#...), which is never sent: leave it out";
		}
		return null;
	}

	/** An origin as browsers serialise it: lower-case scheme and host, no default port, no path. */
	static @Nullable String checkOrigin(String origin) {
		if (origin.equals("null")) {
			return null;
		}
		URI uri = parse(origin);
		if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
			return "--origin '" + origin + "' is not an origin: write scheme://host[:port], e.g. http://localhost:3000";
		}
		String canonical = canonicalOrigin(uri);
		if (!canonical.equals(origin)) {
			return "--origin '" + origin + "' is not how a browser sends it: write '" + canonical + "'";
		}
		return null;
	}

	static @Nullable String checkMethod(String method) {
		return TOKEN.matcher(method).matches() ? null
				: "--method '" + method + "' is not a method name: write a single word such as PUT";
	}

	static @Nullable String checkHeader(String line) {
		int colon = line.indexOf(':');
		if (colon < 0) {
			return "--header '" + line + "' has no colon: write 'Name: value'";
		}
		String name = line.substring(0, colon).strip();
		if (!TOKEN.matcher(name).matches()) {
			return "--header '" + line + "' has no valid header name before the colon: write 'Name: value'";
		}
		if (line.chars().anyMatch((c) -> c == '\r' || c == '\n' || c == 0)) {
			return "--header '" + name + "' has a line break in its value";
		}
		return null;
	}

	private static String canonicalOrigin(URI uri) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		boolean defaultPort = port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ((port < 0 || defaultPort) ? "" : ":" + port);
	}

	private static @Nullable URI parse(String value) {
		try {
			return new URI(value);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
