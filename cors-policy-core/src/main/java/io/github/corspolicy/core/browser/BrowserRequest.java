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

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a page asks {@code fetch()} to send: from which origin, with which method and headers, and
 * whether with credentials ({@code credentials: 'include'}).
 *
 * @param url the URL called, for messages
 * @param origin the page's origin
 * @param method the method, as the page wrote it (browsers upper-case the standard ones)
 * @param headers the headers the page sets, by name as written
 * @param credentials whether the request's credentials mode is {@code include}
 */
public record BrowserRequest(String url, String origin, String method, Map<String, String> headers,
		boolean credentials) {

	public BrowserRequest {
		method = normalizeMethod(method);
		headers = new LinkedHashMap<>(headers);
	}

	/** A GET without headers or credentials. */
	public static BrowserRequest get(String url, String origin) {
		return new BrowserRequest(url, origin, "GET", Map.of(), false);
	}

	public BrowserRequest withMethod(String method) {
		return new BrowserRequest(this.url, this.origin, method, this.headers, this.credentials);
	}

	public BrowserRequest withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new BrowserRequest(this.url, this.origin, this.method, headers, this.credentials);
	}

	public BrowserRequest withCredentials() {
		return new BrowserRequest(this.url, this.origin, this.method, this.headers, true);
	}

	/**
	 * Fetch's method normalisation: DELETE, GET, HEAD, OPTIONS, POST and PUT are upper-cased, any
	 * other method (PATCH included) is sent as written.
	 */
	static String normalizeMethod(String method) {
		String upper = method.toUpperCase(Locale.ROOT);
		return switch (upper) {
			case "DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT" -> upper;
			default -> method;
		};
	}

}
