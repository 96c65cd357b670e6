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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserVerdict.Failure;

/**
 * Plays the browser's part of CORS as the Fetch standard defines it (section 4.8, CORS-preflight
 * fetch; section 4.9, CORS check) and as Chromium reports it: whether a call is preflighted, what
 * the preflight asks, and whether the page may go on after each response.
 */
public final class CorsBrowser {

	/** Response headers a page can always read (CORS-safelisted response-header names, 2.2.6). */
	private static final Set<String> SAFELISTED_RESPONSE_HEADERS = Set.of("cache-control", "content-language",
			"content-length", "content-type", "expires", "last-modified", "pragma");

	private CorsBrowser() {
	}

	/** Whether a browser sends a preflight first: a method or a header that is not safelisted. */
	public static boolean needsPreflight(BrowserRequest request) {
		return !preflightReasons(request).isEmpty();
	}

	/**
	 * Why a browser sends a preflight first, one sentence per method or header that is not
	 * CORS-safelisted; empty when it sends the request straight away.
	 */
	public static List<String> preflightReasons(BrowserRequest request) {
		List<String> reasons = new ArrayList<>();
		if (!FetchRules.SAFELISTED_METHODS.contains(request.method())) {
			reasons.add("the method " + request.method() + " is not GET, HEAD or POST");
		}
		for (String name : FetchRules.unsafeHeaderNames(request.headers())) {
			reasons.add(name.equals("content-type")
					? "Content-Type is not application/x-www-form-urlencoded, multipart/form-data or text/plain"
					: "the header " + name + " is not CORS-safelisted");
		}
		return reasons;
	}

	/** The headers of the preflight a browser would send for the request. */
	public static Map<String, String> preflightHeaders(BrowserRequest request) {
		return preflightHeaders(request, null);
	}

	/**
	 * The headers of the preflight, which for a private network request ({@code privateNetwork} not
	 * {@code null}) also asks {@code Access-Control-Request-Private-Network: true}.
	 */
	public static Map<String, String> preflightHeaders(BrowserRequest request, @Nullable AddressSpace privateNetwork) {
		Map<String, String> headers = corsPreflightHeaders(request);
		if (privateNetwork != null) {
			headers.put(PrivateNetwork.REQUEST, "true");
		}
		return headers;
	}

	private static Map<String, String> corsPreflightHeaders(BrowserRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Origin", request.origin());
		headers.put("Access-Control-Request-Method", request.method());
		List<String> unsafe = FetchRules.unsafeHeaderNames(request.headers());
		if (!unsafe.isEmpty()) {
			headers.put("Access-Control-Request-Headers", String.join(",", unsafe));
		}
		return headers;
	}

	/** The headers the browser actually sends with the request: the page's, less forbidden ones, plus Origin. */
	public static Map<String, String> requestHeaders(BrowserRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		request.headers().forEach((name, value) -> {
			if (!FetchRules.isForbidden(name)) {
				headers.put(name, value);
			}
		});
		headers.put("Origin", request.origin());
		return headers;
	}

	/** Whether the preflight response lets the browser send the request. */
	public static BrowserVerdict checkPreflight(BrowserRequest request, BrowserResponse preflight) {
		return checkPreflight(request, preflight, null);
	}

	/**
	 * Whether the preflight response lets the browser send the request; for a private network
	 * request ({@code privateNetwork} not {@code null}) it must also allow that (Private Network
	 * Access, "CORS preflight").
	 */
	public static BrowserVerdict checkPreflight(BrowserRequest request, BrowserResponse preflight,
			@Nullable AddressSpace privateNetwork) {
		if (Redirects.isRedirect(preflight.status())) {
			// CORS-preflight fetch (4.8) follows no redirect; Chromium fails it before looking at the headers
			return failure(Failure.PREFLIGHT_REDIRECTED, request, true, "Redirect is not allowed for a preflight request.",
					Causes.PREFLIGHT_REDIRECTED);
		}
		BrowserVerdict access = corsCheck(request, preflight, true);
		if (!access.allowed()) {
			return access;
		}
		if (preflight.status() < 200 || preflight.status() > 299) {
			return failure(Failure.PREFLIGHT_STATUS, request, true, "It does not have HTTP ok status.",
					Causes.preflightStatus(preflight.status()));
		}
		if (privateNetwork != null && !"true".equals(preflight.value(PrivateNetwork.ALLOW))) {
			return failure(Failure.MISSING_ALLOW_PRIVATE_NETWORK, request, true, PrivateNetwork.missingAllow(privateNetwork),
					PrivateNetwork.MISSING_ALLOW_CAUSE);
		}
		return checkLists(request, preflight);
	}

	private static BrowserVerdict checkLists(BrowserRequest request, BrowserResponse preflight) {
		List<String> methods = FetchRules.parseTokenList(preflight.value("Access-Control-Allow-Methods"));
		List<String> headerNames = FetchRules.parseTokenList(preflight.value("Access-Control-Allow-Headers"));
		if (methods == null || headerNames == null) {
			return failure(Failure.INVALID_ALLOW_LIST, request, true,
					"The Access-Control-Allow-Methods or Access-Control-Allow-Headers value is not a valid list.",
					Causes.INVALID_LIST);
		}
		BrowserVerdict method = checkMethod(request, methods);
		return method.allowed() ? checkHeaders(request, headerNames) : method;
	}

	/** Whether the page may read the response to the request (the preflight, if any, passed). */
	public static BrowserVerdict checkResponse(BrowserRequest request, BrowserResponse response) {
		return corsCheck(request, response, false);
	}

	/** The response headers the page can read: the safelisted ones and those exposed. */
	public static Set<String> readableHeaders(BrowserRequest request, BrowserResponse response) {
		List<String> exposed = FetchRules.parseTokenList(response.value("Access-Control-Expose-Headers"));
		boolean all = !request.credentials() && exposed != null && exposed.contains("*");
		Set<String> readable = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (String name : response.headers().keySet()) {
			String lower = name.toLowerCase(Locale.ROOT);
			boolean listed = exposed != null && exposed.stream().anyMatch(name::equalsIgnoreCase);
			if (SAFELISTED_RESPONSE_HEADERS.contains(lower) || listed
					|| all && !lower.equals("set-cookie") && !lower.equals("set-cookie2")) {
				readable.add(name);
			}
		}
		return readable;
	}

	/** The CORS check (4.9), with Chromium's order and wording. */
	private static BrowserVerdict corsCheck(BrowserRequest request, BrowserResponse response, boolean preflight) {
		List<String> allowOrigin = response.values("Access-Control-Allow-Origin");
		if (allowOrigin.isEmpty()) {
			return failure(Failure.MISSING_ALLOW_ORIGIN, request, preflight,
					"No 'Access-Control-Allow-Origin' header is present on the requested resource.",
					Causes.missingAllowOrigin(response, preflight));
		}
		String value = String.join(", ", allowOrigin);
		if (allowOrigin.size() > 1 || value.contains(",")) {
			return failure(Failure.MULTIPLE_ALLOW_ORIGIN, request, preflight, "The 'Access-Control-Allow-Origin' header "
					+ "contains multiple values '" + value + "', but only one is allowed.", Causes.MULTIPLE_ALLOW_ORIGIN);
		}
		if (value.equals("*") && request.credentials()) {
			return failure(Failure.WILDCARD_WITH_CREDENTIALS, request, preflight, "The value of the "
					+ "'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's "
					+ "credentials mode is 'include'.", Causes.WILDCARD_WITH_CREDENTIALS);
		}
		if (!value.equals("*") && !value.equals(request.origin())) {
			return failure(Failure.ALLOW_ORIGIN_MISMATCH, request, preflight, "The 'Access-Control-Allow-Origin' header "
					+ "has a value '" + value + "' that is not equal to the supplied origin.", Causes.ALLOW_ORIGIN_MISMATCH);
		}
		return request.credentials() ? checkCredentials(request, response, preflight) : BrowserVerdict.ALLOWED;
	}

	private static BrowserVerdict checkCredentials(BrowserRequest request, BrowserResponse response, boolean preflight) {
		String credentials = response.value("Access-Control-Allow-Credentials");
		if ("true".equals(credentials)) {
			return BrowserVerdict.ALLOWED;
		}
		return failure(Failure.MISSING_ALLOW_CREDENTIALS, request, preflight, "The value of the "
				+ "'Access-Control-Allow-Credentials' header in the response is '" + ((credentials != null) ? credentials : "")
				+ "' which must be 'true' when the request's credentials mode is 'include'.", Causes.MISSING_CREDENTIALS);
	}

	private static BrowserVerdict checkMethod(BrowserRequest request, List<String> methods) {
		String method = request.method();
		boolean wildcard = !request.credentials() && methods.contains("*");
		if (methods.contains(method) || FetchRules.SAFELISTED_METHODS.contains(method) || wildcard) {
			return BrowserVerdict.ALLOWED;
		}
		return failure(Failure.METHOD_NOT_ALLOWED, request, false,
				"Method " + method + " is not allowed by Access-Control-Allow-Methods in preflight response.",
				Causes.methodNotAllowed(method));
	}

	/** Every requested header the preflight does not allow: Chromium names the first, the verdict all. */
	private static BrowserVerdict checkHeaders(BrowserRequest request, List<String> allowed) {
		boolean wildcard = !request.credentials() && allowed.contains("*");
		List<String> refused = new ArrayList<>();
		for (String name : FetchRules.unsafeHeaderNames(request.headers())) {
			boolean listed = allowed.stream().anyMatch(name::equalsIgnoreCase);
			// '*' never covers Authorization (CORS non-wildcard request-header name)
			if (!listed && (!wildcard || name.equals("authorization"))) {
				refused.add(name);
			}
		}
		if (refused.isEmpty()) {
			return BrowserVerdict.ALLOWED;
		}
		List<String> reasons = refused.stream().map(CorsBrowser::headerReason).toList();
		BrowserVerdict first = failure(Failure.HEADER_NOT_ALLOWED, request, false, reasons.get(0),
				Causes.headersNotAllowed(refused));
		return new BrowserVerdict(first.failure(), first.consoleMessage(), first.likelyCause(), reasons, refused);
	}

	private static String headerReason(String name) {
		return "Request header field " + name + " is not allowed by Access-Control-Allow-Headers in preflight response.";
	}

	/** A failure that no response explains: a redirect refused, no response at all. */
	static BrowserVerdict failure(Failure failure, BrowserRequest request, String reason, String cause) {
		return failure(failure, request, false, reason, cause);
	}

	private static BrowserVerdict failure(Failure failure, BrowserRequest request, boolean accessCheckOfPreflight,
			String reason, String cause) {
		String prefix = "Access to fetch at '" + request.url() + "' from origin '" + request.origin()
				+ "' has been blocked by CORS policy: ";
		String check = accessCheckOfPreflight ? "Response to preflight request doesn't pass access control check: " : "";
		String suffix = (failure == Failure.MISSING_ALLOW_ORIGIN && !accessCheckOfPreflight)
				? " If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled."
				: "";
		return new BrowserVerdict(failure, prefix + check + reason + suffix, cause);
	}

	/** The usual server-side causes, and what to change. */
	private static final class Causes {

		static final String MULTIPLE_ALLOW_ORIGIN = "two layers add the header, typically a gateway, proxy or CDN and the "
				+ "application, or two CORS handlers in the application: keep exactly one";

		static final String WILDCARD_WITH_CREDENTIALS = "the server allows any origin with '*', which browsers refuse for "
				+ "credentialed calls: list the front-end origins (they are echoed), or call without credentials";

		static final String ALLOW_ORIGIN_MISMATCH = "the server answers with a fixed, default or cached origin: echo the "
				+ "request's Origin when it is allowed, and send Vary: Origin so caches keep one answer per origin";

		static final String MISSING_CREDENTIALS = "the server does not allow credentials: it must send "
				+ "Access-Control-Allow-Credentials: true with an echoed origin (never with '*'), or call fetch without "
				+ "credentials: 'include'";

		static final String PREFLIGHT_REDIRECTED = "the preflight was redirected, often by a missing or extra trailing "
				+ "slash, http to https, or a login page: call the final URL, and never redirect OPTIONS";

		static final String INVALID_LIST = "a header value is malformed, often a list written as one token with spaces "
				+ "or quotes: send comma-separated names";

		private Causes() {
		}

		static String preflightStatus(int status) {
			if (status == 401 || status == 403) {
				return "authentication, a gateway or a firewall answered the preflight with " + status + " instead of the CORS "
						+ "handler; preflights never carry credentials, so OPTIONS must be answered before authentication";
			}
			if (status == 404 || status == 405) {
				return "nothing answers OPTIONS on this path (" + status + "): the CORS handler does not cover it";
			}
			return "the preflight failed with " + status + " before or inside the CORS handler";
		}

		static String missingAllowOrigin(BrowserResponse response, boolean preflight) {
			if (response.status() >= 400 && !response.hasCorsHeaders() && preflight) {
				return "this " + response.status() + " preflight answer carries no CORS headers: either the CORS handler "
						+ "refused the preflight (origin, method or a requested header not allowed; its log says which), or "
						+ "a layer in front of it answered (authentication, a gateway or CDN)";
			}
			if (response.status() >= 400 && !response.hasCorsHeaders()) {
				return "this " + response.status() + " error response carries no CORS headers: it was written by a layer "
						+ "outside the CORS handler (authentication, an error handler, a gateway or CDN), or the origin is "
						+ "not allowed";
			}
			return "the origin is not allowed by the server's CORS policy, or no CORS handler covers this path";
		}

		static String methodNotAllowed(String method) {
			return "the preflight's Access-Control-Allow-Methods does not list " + method + " (methods are case-sensitive)";
		}

		static String headersNotAllowed(List<String> names) {
			return "the preflight's Access-Control-Allow-Headers does not list " + String.join(", ", names)
					+ (names.contains("authorization") ? " ('*' never covers Authorization)" : "");
		}

	}

}
