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

import org.jspecify.annotations.Nullable;

/**
 * Thrown by a {@link BrowserTransport} when no response came (connection refused, TLS, timeout):
 * the walk records it as the step's outcome, as a browser's network error.
 */
public class NoResponseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private static final String NO_REASON = "the transport gave no reason";

	/**
	 * @param reason why no response came, in words a person can act on; a missing or blank reason
	 * is shown as such, never as {@code null}
	 */
	public NoResponseException(@Nullable String reason) {
		super((reason != null && !reason.isBlank()) ? reason : NO_REASON);
	}

	@Override
	public String getMessage() {
		String message = super.getMessage();
		return (message != null) ? message : NO_REASON;
	}

}
