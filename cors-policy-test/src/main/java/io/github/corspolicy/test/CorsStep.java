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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict;
import io.github.corspolicy.core.browser.WalkStep;

/**
 * One exchange the browser made: a preflight or a request.
 *
 * @param method the method sent, {@code OPTIONS} for a preflight
 * @param sentHeaders the headers the browser sent
 * @param response the response received
 * @param verdict whether the browser went on after it
 * @param url the URL called
 * @param redirectedTo the URL the browser went on to when it followed this response's redirect, or {@code null}
 */
public record CorsStep(String method, Map<String, String> sentHeaders, BrowserResponse response, BrowserVerdict verdict,
		String url, @Nullable String redirectedTo) {

	public CorsStep {
		sentHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(sentHeaders));
	}

	/** A step without its URL, as before redirects were followed. */
	public CorsStep(String method, Map<String, String> sentHeaders, BrowserResponse response, BrowserVerdict verdict) {
		this(method, sentHeaders, response, verdict, "", null);
	}

	/** The step of the core's walk; the test transports throw rather than return no response. */
	static CorsStep of(WalkStep step) {
		return new CorsStep(step.method(), step.sentHeaders(), Objects.requireNonNull(step.response()), step.verdict(),
				step.url(), step.redirectedTo());
	}

	/** The response's status. */
	public int status() {
		return this.response.status();
	}

	/** Whether this is a preflight. */
	public boolean preflight() {
		return this.method.equals("OPTIONS") && this.sentHeaders.containsKey("Access-Control-Request-Method");
	}

}
