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
package io.github.corspolicy.core.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Method and header names that a browser never lets a page use, per the Fetch standard, so that
 * listing them in a policy has no effect. Every check ignores case, as the standard does.
 */
public final class ForbiddenNames {

	/** Fetch standard, section 2.2.1 "Methods": a forbidden method. */
	private static final Set<String> METHODS = Set.of("connect", "trace", "track");

	/**
	 * Fetch standard, section 2.2.2 "Headers": a forbidden request-header; names starting with
	 * {@code proxy-} or {@code sec-} are forbidden too (see {@link #isForbiddenRequestHeader}).
	 */
	private static final Set<String> REQUEST_HEADERS = Set.of("accept-charset", "accept-encoding",
			"access-control-request-headers", "access-control-request-method", "connection", "content-length",
			"cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te",
			"trailer", "transfer-encoding", "upgrade", "via");

	/**
	 * Fetch standard, section 2.2.2 "Headers": forbidden request-headers only when their value
	 * names a forbidden method; a page may set them with any other method.
	 */
	private static final Set<String> METHOD_OVERRIDE_HEADERS = Set.of("x-http-method", "x-http-method-override",
			"x-method-override");

	/** Fetch standard, section 2.2.2 "Headers": a forbidden response-header name. */
	private static final Set<String> RESPONSE_HEADERS = Set.of("set-cookie", "set-cookie2");

	private ForbiddenNames() {
	}

	public static boolean isForbiddenMethod(String method) {
		return METHODS.contains(lowerCase(method));
	}

	/**
	 * A request header a page can never set. {@code Access-Control-Request-*} as a whole: the
	 * browser alone writes them, Chromium's {@code Access-Control-Request-Private-Network} included.
	 */
	public static boolean isForbiddenRequestHeader(String name) {
		String lower = lowerCase(name);
		return REQUEST_HEADERS.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-")
				|| lower.startsWith("access-control-request-");
	}

	public static boolean isMethodOverrideHeader(String name) {
		return METHOD_OVERRIDE_HEADERS.contains(lowerCase(name));
	}

	public static boolean isForbiddenResponseHeader(String name) {
		return RESPONSE_HEADERS.contains(lowerCase(name));
	}

	/** A header of the CORS protocol itself (Fetch standard, section 3.2.3), such as Access-Control-Allow-Origin. */
	public static boolean isCorsProtocolHeader(String name) {
		return lowerCase(name).startsWith("access-control-");
	}

	private static String lowerCase(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
