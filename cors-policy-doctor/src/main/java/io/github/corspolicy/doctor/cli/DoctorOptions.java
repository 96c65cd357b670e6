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
package io.github.corspolicy.doctor.cli;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.AddressSpace;
import io.github.corspolicy.core.browser.BrowserRequest;

/**
 * What to check: the call a page makes, and how to print the result.
 *
 * @param url the URL the page calls
 * @param origin the page's origin
 * @param method the method of the call
 * @param headers the headers the page sets, by name as written
 * @param credentials whether the page calls {@code fetch} with {@code credentials: 'include'}
 * @param json whether to print one JSON object instead of text
 * @param followRedirects whether to follow redirects as a browser does
 * @param privateNetwork the server's address space, when a public page calls into a private network
 * @param upstream the service behind the gateway that {@code url} reaches, asked directly to tell the layers
 * apart; {@code null} when not given
 */
public record DoctorOptions(URI url, String origin, String method, Map<String, String> headers, boolean credentials,
		boolean json, boolean followRedirects, @Nullable AddressSpace privateNetwork, @Nullable URI upstream) {

	public DoctorOptions {
		headers = new LinkedHashMap<>(headers);
	}

	/** Options that stop at a redirect, for a server in the page's address space, without an upstream. */
	public DoctorOptions(URI url, String origin, String method, Map<String, String> headers, boolean credentials,
			boolean json) {
		this(url, origin, method, headers, credentials, json, false, null, null);
	}

	/** The call, as the core's browser model sees it. */
	public BrowserRequest browserRequest() {
		return new BrowserRequest(this.url.toString(), this.origin, this.method, this.headers, this.credentials);
	}

}
