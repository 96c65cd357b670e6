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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.internal.HttpSyntax;

/**
 * The request-side definitions of the Fetch standard that decide whether a call is preflighted.
 */
final class FetchRules {

	/** CORS-safelisted methods (section 2.2.1). */
	static final Set<String> SAFELISTED_METHODS = Set.of("GET", "HEAD", "POST");

	/** Headers a page cannot set; the browser drops or owns them (forbidden request-headers, 2.2.2). */
	private static final Set<String> FORBIDDEN_HEADERS = Set.of("accept-charset", "accept-encoding",
			"access-control-request-headers", "access-control-request-method", "connection", "content-length", "cookie",
			"cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te", "trailer",
			"transfer-encoding", "upgrade", "via");

	private static final Set<String> SAFELISTED_CONTENT_TYPES = Set.of("application/x-www-form-urlencoded",
			"multipart/form-data", "text/plain");

	private static final Pattern LANGUAGE_VALUE = Pattern.compile("[0-9A-Za-z *,\\-.;=]*");

	private static final Pattern SIMPLE_RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

	/** Above this length a safelisted header is no longer safelisted (2.2.2). */
	private static final int MAX_SAFELISTED_VALUE = 128;

	private FetchRules() {
	}

	/** Whether the page may set this header at all. */
	static boolean isForbidden(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return FORBIDDEN_HEADERS.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-");
	}

	/**
	 * The CORS-unsafe request-header names: lower-cased, sorted, as a browser sends them in
	 * {@code Access-Control-Request-Headers}. With one value per name, as here, the standard's
	 * 1,024-byte budget for all safelisted values together cannot be exceeded (five names of at
	 * most 128 bytes), so only each header's own rules apply.
	 */
	static List<String> unsafeHeaderNames(Map<String, String> headers) {
		Set<String> unsafe = new TreeSet<>();
		headers.forEach((name, value) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!isForbidden(lower) && !isSafelisted(lower, value)) {
				unsafe.add(lower);
			}
		});
		return List.copyOf(unsafe);
	}

	/** A CORS-safelisted request-header (2.2.2): name and value both qualify. */
	static boolean isSafelisted(String lowerCaseName, String value) {
		if (value.length() > MAX_SAFELISTED_VALUE) {
			return false;
		}
		return switch (lowerCaseName) {
			case "accept" -> !hasUnsafeByte(value);
			case "accept-language", "content-language" -> LANGUAGE_VALUE.matcher(value).matches();
			case "content-type" -> !hasUnsafeByte(value) && SAFELISTED_CONTENT_TYPES.contains(essence(value));
			case "range" -> isSimpleRange(value);
			default -> false;
		};
	}

	/** A CORS-unsafe request-header byte (2.2.2). */
	private static boolean hasUnsafeByte(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 && c != '\t' || c == 0x7f || "\"():<>?@[\\]{}".indexOf(c) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** The MIME type's essence, lower-cased, or the empty string when the value is not a MIME type. */
	private static String essence(String value) {
		int semicolon = value.indexOf(';');
		String type = (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
		int slash = type.indexOf('/');
		boolean valid = slash > 0 && HttpSyntax.isToken(type, 0, slash) && HttpSyntax.isToken(type, slash + 1, type.length());
		return valid ? type : "";
	}

	private static boolean isSimpleRange(String value) {
		var matcher = SIMPLE_RANGE.matcher(value);
		if (!matcher.matches()) {
			return false;
		}
		String end = matcher.group(2);
		return end.isEmpty() || compareDigits(matcher.group(1), end) <= 0;
	}

	private static int compareDigits(String a, String b) {
		String x = a.replaceFirst("^0+(?=.)", "");
		String y = b.replaceFirst("^0+(?=.)", "");
		return (x.length() != y.length()) ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
	}

	/**
	 * Parses a comma-separated list of tokens ({@code Access-Control-Allow-Methods} and
	 * {@code -Headers}); {@code null} when an element is not a token, which fails the preflight.
	 */
	static @Nullable List<String> parseTokenList(@Nullable String value) {
		if (value == null) {
			return List.of();
		}
		List<String> tokens = new ArrayList<>();
		for (String element : value.split(",", -1)) {
			String token = element.strip();
			if (token.isEmpty()) {
				continue;
			}
			if (!HttpSyntax.isToken(token)) {
				return null;
			}
			tokens.add(token);
		}
		return tokens;
	}

}
