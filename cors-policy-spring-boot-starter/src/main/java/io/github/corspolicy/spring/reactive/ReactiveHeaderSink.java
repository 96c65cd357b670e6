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
package io.github.corspolicy.spring.reactive;

import java.util.List;

import org.springframework.http.HttpHeaders;

import io.github.corspolicy.core.HeaderSink;
import io.github.corspolicy.spring.http.VaryHeader;

/**
 * Writes a decision's headers to a reactive response's headers, merging {@code Vary} with what is
 * there as {@code ServletHeaderSink} does.
 */
public final class ReactiveHeaderSink implements HeaderSink {

	private final HttpHeaders headers;

	public ReactiveHeaderSink(HttpHeaders headers) {
		this.headers = headers;
	}

	@Override
	public void setHeader(String name, String value) {
		this.headers.set(name, value);
	}

	@Override
	public void addVary(String headerNames) {
		List<String> existing = this.headers.get(HttpHeaders.VARY);
		if (existing == null || existing.isEmpty()) {
			this.headers.set(HttpHeaders.VARY, headerNames);
			return;
		}
		String missing = VaryHeader.missing(existing, headerNames);
		if (!missing.isEmpty()) {
			this.headers.add(HttpHeaders.VARY, missing);
		}
	}

}
