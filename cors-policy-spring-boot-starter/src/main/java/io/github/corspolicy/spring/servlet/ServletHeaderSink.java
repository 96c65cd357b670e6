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
package io.github.corspolicy.spring.servlet;

import java.util.Collection;

import jakarta.servlet.http.HttpServletResponse;

import io.github.corspolicy.core.HeaderSink;
import io.github.corspolicy.spring.http.VaryHeader;

/**
 * Writes a decision's headers to a servlet response, merging {@code Vary} with what is there: the
 * counterpart of {@link ServletCorsRequests} on the response side.
 */
public final class ServletHeaderSink implements HeaderSink {

	private final HttpServletResponse response;

	public ServletHeaderSink(HttpServletResponse response) {
		this.response = response;
	}

	@Override
	public void setHeader(String name, String value) {
		this.response.setHeader(name, value);
	}

	@Override
	public void addVary(String headerNames) {
		Collection<String> existing = this.response.getHeaders("Vary");
		if (existing.isEmpty()) {
			this.response.setHeader("Vary", headerNames);
			return;
		}
		String missing = VaryHeader.missing(existing, headerNames);
		if (!missing.isEmpty()) {
			this.response.addHeader("Vary", missing);
		}
	}

}
