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

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Puts one request on the wire exactly as given, with no header added or dropped and no redirect
 * followed, and returns the response as the browser receives it. {@link BrowserWalk} decides what
 * to send; a transport only sends it (the JDK's HTTP client, MockMvc, a canned answer in a test).
 */
@FunctionalInterface
public interface BrowserTransport {

	/**
	 * Sends the request.
	 * @param method the method, as sent
	 * @param url the absolute URL
	 * @param headers every header to send, by name
	 * @param body the body, or {@code null} for none
	 * @return the response, whatever its status; a 3xx is returned, not followed
	 * @throws NoResponseException when no response came, which the walk reports as a network error
	 */
	BrowserResponse send(String method, String url, Map<String, String> headers, @Nullable String body);

}
