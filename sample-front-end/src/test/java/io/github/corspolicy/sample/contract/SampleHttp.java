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
package io.github.corspolicy.sample.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;

/**
 * Calls a sample on {@code localhost} with the JDK's client, as a script or {@code curl} would.
 */
public final class SampleHttp {

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	public SampleHttp(int port) {
		this.port = port;
	}

	/** A {@code GET} with header names and values in turn. */
	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return send("GET", path, null, headers);
	}

	/** Any method, with a body or none, and header names and values in turn. */
	public HttpResponse<String> send(String method, String path, @Nullable String body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
