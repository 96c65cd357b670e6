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
import jakarta.servlet.http.HttpServletResponseWrapper;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.core.HeaderSink;
import io.github.corspolicy.spring.http.CorsHeaders;
import io.github.corspolicy.spring.http.VaryHeader;

/**
 * The response as the application sees it, for every request of an enabled mapping. The filter
 * owns the {@code Access-Control-*} headers: the application's own attempts to set them
 * ({@code @CrossOrigin}, {@code addCorsMappings}, {@code http.cors()}, a hand-written header, the
 * headers a proxy such as Gateway Server MVC copies from its upstream) are ignored, with or without
 * {@code Origin}, so a response carries exactly one {@code Access-Control-Allow-Origin}, from this
 * policy. With {@code timing-allow-origin=true} it owns {@code Timing-Allow-Origin} the same way:
 * an application's {@code Timing-Allow-Origin: *} is ignored, so a refused origin gets none and an
 * allowed one the policy's value; without it, the application's header is left alone.
 * {@code Vary} written downstream is merged with the policy's: a {@code setHeader} keeps
 * the policy's names, an {@code addHeader} adds no name twice. A {@link #reset()} downstream does
 * not strip the policy's headers from an error response.
 */
final class CorsHeaderGuard extends HttpServletResponseWrapper {

	private static final String VARY = "Vary";

	private final CorsDecision decision;

	private final CorsRequest request;

	CorsHeaderGuard(HttpServletResponse response, CorsDecision decision, CorsRequest request) {
		super(response);
		this.decision = decision;
		this.request = request;
	}

	@Override
	public void setHeader(String name, String value) {
		if (VARY.equalsIgnoreCase(name)) {
			super.setHeader(name, value);
			this.decision.writeHeaders(this.request, new VaryOnly(response()));
		}
		else if (!owns(name)) {
			super.setHeader(name, value);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (VARY.equalsIgnoreCase(name)) {
			addVary(value);
		}
		else if (!owns(name)) {
			super.addHeader(name, value);
		}
	}

	@Override
	public void setIntHeader(String name, int value) {
		if (!owns(name)) {
			super.setIntHeader(name, value);
		}
	}

	@Override
	public void addIntHeader(String name, int value) {
		if (!owns(name)) {
			super.addIntHeader(name, value);
		}
	}

	@Override
	public void reset() {
		super.reset();
		this.decision.writeHeaders(this.request, new ServletHeaderSink(response()));
	}

	/** The {@code Access-Control-*} names, and {@code Timing-Allow-Origin} when the policy sends it. */
	private boolean owns(String name) {
		return CorsHeaders.isOwned(name, this.decision.ownsTimingAllowOrigin());
	}

	private void addVary(String value) {
		Collection<String> existing = response().getHeaders(VARY);
		String missing = existing.isEmpty() ? value : VaryHeader.missing(existing, value);
		if (!missing.isEmpty()) {
			super.addHeader(VARY, missing);
		}
	}

	private HttpServletResponse response() {
		return (HttpServletResponse) getResponse();
	}

	/** Writes only a decision's {@code Vary} names: the rest of its headers are already there. */
	private record VaryOnly(HttpServletResponse response) implements HeaderSink {

		@Override
		public void setHeader(String name, String value) {
		}

		@Override
		public void addVary(String headerNames) {
			new ServletHeaderSink(this.response).addVary(headerNames);
		}

	}

}
