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
package io.github.corspolicy.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;

/**
 * Answers every preflight and every request with a canned response, and records what was sent.
 */
final class CannedServer implements HttpTransport {

	private final BrowserResponse preflight;

	private final BrowserResponse response;

	private final List<Sent> sent = new ArrayList<>();

	CannedServer(BrowserResponse preflight, BrowserResponse response) {
		this.preflight = preflight;
		this.response = response;
	}

	List<Sent> sent() {
		return this.sent;
	}

	@Override
	public String urlOf(String path) {
		return "https://api.example.com" + path;
	}

	@Override
	public BrowserResponse send(String method, String url, Map<String, String> headers, @Nullable String body) {
		this.sent.add(new Sent(method, url, headers, body));
		return method.equals("OPTIONS") ? this.preflight : this.response;
	}

	/** A request as it went on the wire. */
	record Sent(String method, String url, Map<String, String> headers, @Nullable String body) {
	}

}
