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
package io.github.corspolicy.doctor.checkup;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;
import io.github.corspolicy.core.browser.BrowserVerdict;
import io.github.corspolicy.doctor.http.Exchange;

/**
 * One request the browser sends, what came back, and the browser's verdict on it.
 *
 * @param kind preflight or request
 * @param method the method sent
 * @param url the URL called
 * @param sentHeaders every header sent, by name
 * @param exchange the response, or why there is none
 * @param verdict the browser's verdict, or {@code null} when no response came
 * @param redirectedTo where the browser went on, when it followed this response's redirect
 */
public record Step(StepKind kind, String method, URI url, Map<String, String> sentHeaders, Exchange exchange,
		@Nullable BrowserVerdict verdict, @Nullable URI redirectedTo) {

	public Step {
		sentHeaders = new LinkedHashMap<>(sentHeaders);
	}

	/** Whether the browser goes on after this step. */
	public boolean passed() {
		return this.verdict != null && this.verdict.allowed();
	}

	public @Nullable BrowserResponse response() {
		return this.exchange.response();
	}

}
