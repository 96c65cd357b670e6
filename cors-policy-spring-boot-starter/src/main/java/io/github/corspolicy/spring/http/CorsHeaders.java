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
package io.github.corspolicy.spring.http;

import java.util.List;
import java.util.stream.Stream;

/**
 * The response headers the CORS filters own: every {@code Access-Control-*} header, and
 * {@code Timing-Allow-Origin} when the policy sends it ({@code timing-allow-origin=true}). Whatever
 * the application writes under those names is ignored or removed, so that a response carries only
 * the policy's. A policy that does not send {@code Timing-Allow-Origin} leaves the application's
 * own alone.
 */
public final class CorsHeaders {

	private static final String PREFIX = "Access-Control-";

	/** The Resource Timing header that lets a page of another origin see the detailed timing of a call. */
	public static final String TIMING_ALLOW_ORIGIN = "Timing-Allow-Origin";

	/**
	 * The {@code Access-Control-*} names a browser reads on a response (Fetch standard, section
	 * 3.2.3, and Private Network Access): a response that carries none of these beside the
	 * policy's carries nothing a browser would act on.
	 */
	public static final List<String> RESPONSE_HEADERS = List.of("Access-Control-Allow-Origin",
			"Access-Control-Allow-Credentials", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
			"Access-Control-Max-Age", "Access-Control-Expose-Headers", "Access-Control-Allow-Private-Network");

	/** {@link #RESPONSE_HEADERS} and {@link #TIMING_ALLOW_ORIGIN}: what a policy that sends it owns. */
	public static final List<String> RESPONSE_HEADERS_WITH_TIMING = Stream
		.concat(RESPONSE_HEADERS.stream(), Stream.of(TIMING_ALLOW_ORIGIN))
		.toList();

	private CorsHeaders() {
	}

	/** Whether a header name is one of the {@code Access-Control-*} family, in any case. */
	public static boolean isCorsHeader(String name) {
		return name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	/**
	 * Whether the filter owns a header name, in any case: an {@code Access-Control-*} one, or
	 * {@code Timing-Allow-Origin} when the policy sends it.
	 * @param timingAllowOrigin whether the policy sends {@code Timing-Allow-Origin}
	 */
	public static boolean isOwned(String name, boolean timingAllowOrigin) {
		return isCorsHeader(name) || (timingAllowOrigin && TIMING_ALLOW_ORIGIN.equalsIgnoreCase(name));
	}

	/** The response headers a browser reads that the policy owns: {@link #RESPONSE_HEADERS}, with or without timing. */
	public static List<String> responseHeaders(boolean timingAllowOrigin) {
		return timingAllowOrigin ? RESPONSE_HEADERS_WITH_TIMING : RESPONSE_HEADERS;
	}

}
