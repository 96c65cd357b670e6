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
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.github.corspolicy.core.browser.AddressSpace;
import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.BrowserWalk;

/**
 * Plays a browser page calling your API from another origin, and records what the browser would
 * do: the preflight it sends (if any), the request, and whether the page may read the response.
 * <pre class="code">
 * CorsOutcome outcome = CorsCheck.with(mockMvc)
 *     .from("https://app.example.com")
 *     .withCredentials()
 *     .put("/api/items")
 *     .header("Authorization", "Bearer t")
 *     .header("Content-Type", "application/json")
 *     .run();
 * assertThat(outcome).isAllowed().wasPreflighted();
 * </pre>
 * Instances are immutable: keep one per origin and make several calls from it. MockMvc does not
 * run the servlet container's error dispatch; check error responses with {@link #against(URI)}.
 */
public final class CorsCheck {

	private final HttpTransport transport;

	private final BrowserWalk walk;

	private final @Nullable String origin;

	private final boolean credentials;

	private CorsCheck(HttpTransport transport, BrowserWalk walk, @Nullable String origin, boolean credentials) {
		this.transport = transport;
		this.walk = walk;
		this.origin = origin;
		this.credentials = credentials;
	}

	/** Calls through MockMvc; the page's URLs are {@code http://localhost} plus the path. */
	public static CorsCheck with(MockMvc mockMvc) {
		return using(MockMvcTransport.of(mockMvc));
	}

	/** Calls through a {@link MockMvcTester}; the page's URLs are {@code http://localhost} plus the path. */
	public static CorsCheck with(MockMvcTester mockMvcTester) {
		return using(MockMvcTransport.of(mockMvcTester));
	}

	/** Calls a running server over HTTP/1.1, for example {@code URI.create("http://localhost:" + port)}. */
	public static CorsCheck against(URI server) {
		return using(new HttpClientTransport(server));
	}

	static CorsCheck using(HttpTransport transport) {
		return new CorsCheck(transport, BrowserWalk.over(transport), null, false);
	}

	/** The origin of the calling page, such as {@code https://app.example.com}. */
	public CorsCheck from(String origin) {
		return new CorsCheck(this.transport, this.walk, origin, this.credentials);
	}

	/** Calls as {@code fetch(url, { credentials: 'include' })}: cookies or HTTP authentication go along. */
	public CorsCheck withCredentials() {
		return new CorsCheck(this.transport, this.walk, this.origin, true);
	}

	/**
	 * The browser's cookies for the server, as a {@code Cookie} header value such as
	 * {@code session=abc}: sent with the requests of credentialed calls only, never with a preflight.
	 */
	public CorsCheck withCookies(String cookies) {
		return new CorsCheck(this.transport, this.walk.withCookies(cookies), this.origin, this.credentials);
	}

	/**
	 * Follows redirects as {@code fetch()} does: the CORS check on each redirect, then a preflight
	 * for the next URL when needed, {@code Origin: null} after a redirect to another origin, at most
	 * 20. Without it the redirect is the final response. MockMvc can follow redirects to
	 * {@code http://localhost} only.
	 */
	public CorsCheck followingRedirects() {
		return new CorsCheck(this.transport, this.walk.followingRedirects(), this.origin, this.credentials);
	}

	/**
	 * The page is on the public internet and the server in a private or local address space
	 * (Private Network Access): every call is preflighted with
	 * {@code Access-Control-Request-Private-Network: true}, and the preflight must answer
	 * {@code Access-Control-Allow-Private-Network: true}.
	 */
	public CorsCheck toPrivateNetwork(AddressSpace target) {
		return new CorsCheck(this.transport, this.walk.toPrivateNetwork(target), this.origin, this.credentials);
	}

	public CorsCall get(String path) {
		return request("GET", path);
	}

	public CorsCall post(String path) {
		return request("POST", path);
	}

	public CorsCall put(String path) {
		return request("PUT", path);
	}

	/** A PATCH; write it upper-case in your front end too, browsers do not normalise it. */
	public CorsCall patch(String path) {
		return request("PATCH", path);
	}

	public CorsCall delete(String path) {
		return request("DELETE", path);
	}

	/** A call with any method, as the page writes it; the path starts with {@code /} and may have a query. */
	public CorsCall request(String method, String path) {
		if (this.origin == null) {
			throw new IllegalStateException("No origin: call from(\"https://app.example.com\") before naming the request");
		}
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("The path '" + path + "' must start with '/'");
		}
		BrowserRequest request = new BrowserRequest(this.transport.urlOf(path), this.origin, method, Map.of(),
				this.credentials);
		return new CorsCall(this.walk, request);
	}

}
