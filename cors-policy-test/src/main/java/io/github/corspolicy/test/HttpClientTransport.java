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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;

/**
 * Sends requests over real HTTP/1.1 with the JDK's client: the servlet container, its error
 * dispatch and every layer in front of the application take part, as they do for a browser.
 */
final class HttpClientTransport implements HttpTransport {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	// no redirects followed here: the browser walk decides whether and where to go on
	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(TIMEOUT)
		.build();

	private final String baseUrl;

	HttpClientTransport(URI server) {
		String url = server.toString();
		this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	@Override
	public String urlOf(String path) {
		return this.baseUrl + path;
	}

	@Override
	public BrowserResponse send(String method, String url, Map<String, String> headers, @Nullable String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(TIMEOUT)
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		headers.forEach(request::header);
		try {
			HttpResponse<Void> response = this.client.send(request.build(), BodyHandlers.discarding());
			return new BrowserResponse(response.statusCode(), response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + url + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during " + method + " " + url, ex);
		}
	}

}
