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
package io.github.corspolicy.core.browser;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One request the browser sent during a walk, what came back, and the browser's verdict on it.
 *
 * @param kind a preflight or the request itself (after a redirect, the request to the next URL)
 * @param method the method sent
 * @param url the URL called
 * @param sentHeaders every header sent, by name
 * @param response the response, or {@code null} when none came
 * @param noResponse why no response came, or {@code null}
 * @param verdict whether the browser went on after this step
 * @param redirectedTo the URL the browser went on to, when it followed this response's redirect
 */
public record WalkStep(Kind kind, String method, String url, Map<String, String> sentHeaders,
		@Nullable BrowserResponse response, @Nullable String noResponse, BrowserVerdict verdict,
		@Nullable String redirectedTo) {

	/** The two requests a browser may send for each URL of a call. */
	public enum Kind {

		/** The {@code OPTIONS} request a browser sends first for a call that is not simple. */
		PREFLIGHT,

		/** The call itself. */
		REQUEST

	}

	public WalkStep {
		sentHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(sentHeaders));
	}

	/** Whether the browser goes on after this step. */
	public boolean passed() {
		return this.verdict.allowed();
	}

	WalkStep withVerdict(BrowserVerdict verdict) {
		return new WalkStep(this.kind, this.method, this.url, this.sentHeaders, this.response, this.noResponse, verdict,
				this.redirectedTo);
	}

	WalkStep redirectedTo(String url) {
		return new WalkStep(this.kind, this.method, this.url, this.sentHeaders, this.response, this.noResponse,
				this.verdict, url);
	}

}
