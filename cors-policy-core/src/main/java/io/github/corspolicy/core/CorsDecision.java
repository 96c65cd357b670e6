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
package io.github.corspolicy.core;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What to do with one request: the outcome, the status to answer a preflight with, the reason for a
 * rejection, and the exact response headers. Decisions without a rejection are shared and
 * precomputed; their headers are resolved against the request when written.
 */
public final class CorsDecision {

	/** The five ways a request can go. */
	public enum Outcome {

		/**
		 * No {@code Origin}: not a CORS request. Only {@code Vary: Origin} is written; with an any-origin
		 * policy, the headers of an allowed request instead, so that a shared cache may serve the
		 * response to any origin (Fetch standard, section 3.2.5).
		 */
		NOT_CORS,

		/** A preflight that is answered at once with a success status and the CORS headers. */
		PREFLIGHT_ACCEPTED,

		/** A preflight that is answered at once with 403 and no CORS headers. */
		PREFLIGHT_REJECTED,

		/** A request from an allowed origin: it goes on, with the CORS headers. */
		ACTUAL_ACCEPTED,

		/** A request from an origin that is not allowed: it goes on, without CORS headers. */
		ACTUAL_ORIGIN_NOT_ALLOWED

	}

	/** The status of a rejected preflight. */
	public static final int PREFLIGHT_REJECTED_STATUS = 403;

	private final Outcome outcome;

	private final int status;

	private final HeaderTemplate headers;

	private final @Nullable CorsRejection rejection;

	private final boolean ownsTimingAllowOrigin;

	CorsDecision(Outcome outcome, int status, HeaderTemplate headers, @Nullable CorsRejection rejection,
			boolean ownsTimingAllowOrigin) {
		this.outcome = outcome;
		this.status = status;
		this.headers = headers;
		this.rejection = rejection;
		this.ownsTimingAllowOrigin = ownsTimingAllowOrigin;
	}

	public Outcome outcome() {
		return this.outcome;
	}

	/** Whether the request is a preflight, to be answered now without calling the application. */
	public boolean isPreflight() {
		return this.outcome == Outcome.PREFLIGHT_ACCEPTED || this.outcome == Outcome.PREFLIGHT_REJECTED;
	}

	/** Whether the request was refused, by a rejected preflight or an origin that is not allowed. */
	public boolean isRejected() {
		return this.rejection != null;
	}

	/** The status to answer a preflight with; 0 for a request that goes on to the application. */
	public int status() {
		return this.status;
	}

	/** Why the request was refused, or {@code null} when it was not. */
	public @Nullable CorsRejection rejection() {
		return this.rejection;
	}

	/**
	 * Whether the policy sends {@code Timing-Allow-Origin} ({@code timing-allow-origin=true}), and so
	 * owns that header like the {@code Access-Control-*} ones: this decision writes it exactly when it
	 * writes {@code Access-Control-Allow-Origin}, and an adapter drops any other value written on the
	 * response, so that a refused origin gets no timing data from a {@code Timing-Allow-Origin: *}
	 * that the application or an upstream wrote. When {@code false}, the header is the application's.
	 */
	public boolean ownsTimingAllowOrigin() {
		return this.ownsTimingAllowOrigin;
	}

	/** Writes the response headers for the request, {@code Vary} included. */
	public void writeHeaders(CorsRequest request, HeaderSink sink) {
		this.headers.writeTo(request, sink);
	}

	/** The response headers for the request, in writing order: for reports and tests. */
	public Map<String, String> headers(CorsRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		writeHeaders(request, new HeaderSink() {

			@Override
			public void setHeader(String name, String value) {
				headers.put(name, value);
			}

			@Override
			public void addVary(String headerNames) {
				headers.merge("Vary", headerNames, (existing, added) -> existing + ", " + added);
			}

		});
		return headers;
	}

	@Override
	public String toString() {
		return this.outcome + ((this.rejection != null) ? " (" + this.rejection + ")" : "");
	}

}
