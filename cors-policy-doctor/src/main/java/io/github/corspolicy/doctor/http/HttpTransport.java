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
package io.github.corspolicy.doctor.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.github.corspolicy.core.browser.BrowserResponse;

/**
 * Sends requests with the JDK's HTTP client. Redirects are never followed: a browser refuses a
 * redirected preflight, and a redirected call is reported rather than silently followed.
 */
public final class HttpTransport {

	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

	/** Enough of a body to recognise who wrote it. */
	private static final int BODY_EXCERPT_BYTES = 2048;

	private final HttpClient client = client();

	/** Sends the request without a body; never throws for a network failure, which is an outcome. */
	public Exchange send(String method, URI url, Map<String, String> headers) {
		try {
			HttpResponse<InputStream> response = this.client.send(request(method, url, headers),
					BodyHandlers.ofInputStream());
			String body = excerpt(response.body());
			return Exchange.received(new BrowserResponse(response.statusCode(), response.headers().map()), body);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Exchange.failed("interrupted");
		}
		catch (IOException | IllegalArgumentException ex) {
			return Exchange.failed(TransportFailures.describe(ex));
		}
	}

	/** Proxies as the JVM is told ({@code -Dhttps.proxyHost=...}); the JDK's client uses none by default. */
	private static HttpClient client() {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.connectTimeout(CONNECT_TIMEOUT)
			.followRedirects(Redirect.NEVER);
		Optional.ofNullable(ProxySelector.getDefault()).ifPresent(builder::proxy);
		return builder.build();
	}

	private static HttpRequest request(String method, URI url, Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(url)
			.timeout(REQUEST_TIMEOUT)
			.method(method, BodyPublishers.noBody());
		if (url.getScheme().equalsIgnoreCase("http")) {
			// no h2c upgrade: browsers speak HTTP/1.1 to http:// URLs
			builder.version(HttpClient.Version.HTTP_1_1);
		}
		headers.forEach(builder::header);
		return builder.build();
	}

	private static String excerpt(InputStream body) throws IOException {
		try (body) {
			return new String(body.readNBytes(BODY_EXCERPT_BYTES), StandardCharsets.UTF_8);
		}
	}

}
