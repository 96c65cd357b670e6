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
package io.github.corspolicy.doctor.http;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;

/**
 * The outcome of sending one request: the response and the start of its body, or why none came.
 *
 * @param response the response, or {@code null} when none was received
 * @param body the start of the body, decoded as UTF-8; empty when there is none
 * @param failure why no response was received, or {@code null}
 */
public record Exchange(@Nullable BrowserResponse response, String body, @Nullable String failure) {

	/** Without a response there is always a failure to show: never the word {@code null}. */
	public Exchange {
		if (response == null && (failure == null || failure.isBlank())) {
			failure = "no response came, and the transport gave no reason";
		}
	}

	public static Exchange received(BrowserResponse response, String body) {
		return new Exchange(response, body, null);
	}

	public static Exchange failed(String failure) {
		return new Exchange(null, "", failure);
	}

}
