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

import java.time.Duration;
import java.util.List;

/**
 * The default of every policy setting, in one place: {@link CorsPolicy.Builder} starts from these,
 * the Spring Boot starter resolves an unset property to them, and its configuration metadata
 * mirrors them (a test there fails when the two differ).
 */
public final class PolicyDefaults {

	/** The methods a preflight may ask for when none are configured: the CORS-safelisted ones. */
	public static final List<String> ALLOWED_METHODS = List.of("GET", "HEAD", "POST");

	/** Credentials (cookies, {@code Authorization}) are not allowed unless asked for. */
	public static final boolean ALLOW_CREDENTIALS = false;

	/**
	 * How long a browser may cache a preflight when the starter's {@code cors.max-age} is unset:
	 * long enough to save most preflights, short enough for a policy change to reach browsers
	 * soon. The core's builder sends no {@code Access-Control-Max-Age} unless given one (browsers
	 * then cache for 5 seconds), so that a plain-Java policy says only what its author wrote.
	 */
	public static final Duration MAX_AGE = Duration.ofMinutes(30);

	/** Private Network Access preflights are not answered unless asked for. */
	public static final boolean ALLOW_PRIVATE_NETWORK = false;

	/** The status of an accepted preflight: 204 No Content, what browsers expect. */
	public static final int PREFLIGHT_STATUS = 204;

	/**
	 * No {@code Timing-Allow-Origin} unless asked for: a page of another origin then sees only the
	 * coarse Resource Timing of its calls (start, end, duration), not the network phases.
	 */
	public static final boolean TIMING_ALLOW_ORIGIN = false;

	/** {@code Origin: null} is refused unless the user opts in with a property that says it is dangerous. */
	public static final boolean DANGEROUSLY_ALLOW_NULL_ORIGIN = false;

	/** Origins over a public suffix are refused unless the user opts in likewise. */
	public static final boolean DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS = false;

	private PolicyDefaults() {
	}

}
