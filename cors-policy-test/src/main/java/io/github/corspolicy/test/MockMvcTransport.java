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

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.github.corspolicy.core.browser.BrowserResponse;

/**
 * Sends requests through {@link MockMvc} or {@link MockMvcTester}: the filters and the
 * {@code DispatcherServlet}, without a servlet container.
 */
final class MockMvcTransport implements HttpTransport {

	/** MockMvc's own host: requests without a server name go to {@code http://localhost}. */
	private static final String BASE_URL = "http://localhost";

	private final Performer performer;

	private MockMvcTransport(Performer performer) {
		this.performer = performer;
	}

	static MockMvcTransport of(MockMvc mockMvc) {
		return new MockMvcTransport((request) -> mockMvc.perform(request).andReturn().getResponse());
	}

	static MockMvcTransport of(MockMvcTester mockMvcTester) {
		return new MockMvcTransport((request) -> responseOf(mockMvcTester.perform(request)));
	}

	@Override
	public String urlOf(String path) {
		return BASE_URL + path;
	}

	@Override
	public BrowserResponse send(String method, String url, Map<String, String> headers, @Nullable String body) {
		if (!url.startsWith(BASE_URL + "/")) {
			throw new IllegalStateException("The browser would go on to " + url + ", which MockMvc cannot call: it serves "
					+ "only " + BASE_URL + ". Check redirects to other servers against a running server with "
					+ "CorsCheck.against(URI)");
		}
		String path = url.substring(BASE_URL.length());
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path));
		headers.forEach((name, value) -> request.header(name, value));
		if (body != null) {
			request.content(body);
		}
		try {
			return toBrowserResponse(this.performer.perform(request));
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " " + path + " failed in MockMvc with " + ex + ". MockMvc does not "
					+ "run the servlet container's error dispatch, so it cannot show the error response a browser would "
					+ "get: check error responses against a running server with CorsCheck.against(URI)", ex);
		}
	}

	private static MockHttpServletResponse responseOf(MvcTestResult result) throws Exception {
		Exception unresolved = result.getUnresolvedException();
		if (unresolved != null) {
			throw unresolved;
		}
		return result.getResponse();
	}

	private static BrowserResponse toBrowserResponse(MockHttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			headers.put(name, response.getHeaders(name));
		}
		return new BrowserResponse(response.getStatus(), headers);
	}

	/** Performs a request and returns its response; MockMvc's methods throw checked exceptions. */
	@FunctionalInterface
	private interface Performer {

		MockHttpServletResponse perform(RequestBuilder request) throws Exception;

	}

}
