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
package io.github.corspolicy.spring.management;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real HTTP requests to one of the application's ports, with the JDK client.
 */
final class ManagementHttp {

	/** The basic credentials of the test user. */
	static final String CREDENTIALS = "Basic " + Base64.getEncoder()
		.encodeToString((ManagementTestApplications.USER + ":" + ManagementTestApplications.PASSWORD)
			.getBytes(StandardCharsets.UTF_8));

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private ManagementHttp() {
	}

	/** Sends a request with the given header names and values, in pairs. */
	static HttpResponse<String> send(int port, String method, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A browser's preflight for a POST from the origin. */
	static HttpResponse<String> preflight(int port, String path, String origin)
			throws IOException, InterruptedException {
		return send(port, "OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", "POST");
	}

	/** Every {@code Access-Control-*} header of a response, by lower-case name, with all its values. */
	static Map<String, List<String>> corsHeaders(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (name.toLowerCase().startsWith("access-control-")) {
				headers.put(name.toLowerCase(), values);
			}
		});
		return headers;
	}

}
