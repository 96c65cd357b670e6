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
package io.github.corspolicy.sample.contract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The API both samples answer, stated once: its routes, the bodies they return and the values their
 * configuration ships with. The contract tests beside it ({@link SampleApiContract},
 * {@link BrowserCorsContract}, {@link HardeningProbesContract}, {@link BrowserScenariosContract}) state
 * the expectations once; each sample runs them with a subclass that starts it.
 */
public final class SampleContract {

	/** The demo token of {@code application.yml} ({@code sample.demo-token}). */
	public static final String TOKEN = "demo-token";

	/** The {@code Authorization} value that the token-protected routes accept. */
	public static final String BEARER = "Bearer " + TOKEN;

	/** The public route: {@code pong} as {@code text/plain}, to anyone. */
	public static final String PING = "/api/public/ping";

	/** The token-protected JSON write: echoes the profile with {@code saved: true} and {@code savedAt}. */
	public static final String UPDATE_PROFILE = "/dashboard/update-profile";

	/** A public route that fails on purpose: Boot's error handling answers 500. */
	public static final String FAIL = "/api/v1/fail";

	/** A path no route serves: 401 without the token, 404 with it. */
	public static final String UNKNOWN = "/api/v1/nothing-here";

	/** The profile the page and the tests send to {@link #UPDATE_PROFILE}. */
	public static final String PROFILE_JSON = "{\"displayName\":\"Ada\",\"theme\":\"dark\"}";

	/** The keys of Boot's JSON error body, for a 401, a 404, a 405 or a 500 alike. */
	public static final Set<String> ERROR_KEYS = Set.of("timestamp", "status", "error", "path");

	/** Every {@code X-Request-ID} a caller may choose: anything else is replaced by a new UUID. */
	public static final String REQUEST_ID_SYNTAX = "[A-Za-z0-9._-]{1,64}";

	/** The dev servers {@code application.yml} allows: React on 3000, Vite on 5173. */
	public static final List<String> DEV_ORIGINS = List.of("http://localhost:3000", "http://127.0.0.1:3000",
			"http://localhost:5173", "http://127.0.0.1:5173");

	/** The environment the {@code prod} profile reads its origins from, as the tests set it. */
	public static final Map<String, String> PROD_ENVIRONMENT = Map.of("FRONTEND_ORIGINS",
			"https://app.example.com,https://admin.example.com", "ALLOW_ORIGINS_REGEX",
			"https://pr-[0-9]{1,5}\\.preview\\.example\\.com");

	/** The token-protected reads, each with its JSON body and an {@code ETag}. */
	public static final List<Read> PROTECTED_READS = List.of(
			new Read("/api/v1/credits/balance", "{\"balance\":1250,\"currency\":\"credits\"}"),
			new Read("/api/v1/jobs/overview", "{\"running\":2,\"queued\":5,\"failed\":0}"),
			new Read("/api/v1/users/me/profiles", "[{\"id\":\"p-1\",\"displayName\":\"Ada\",\"theme\":\"dark\"}]"));

	/**
	 * Paths Spring Security lets through without a token, one for each permitted pattern
	 * ({@code /api/public/**}, the failing route, {@code /error}, {@code /actuator/health/**}).
	 */
	public static final List<String> PERMITTED_PATHS = List.of(PING, "/api/public/nothing", FAIL, "/error",
			"/actuator/health", "/actuator/health/liveness");

	/** The live balance feed, a plain WebSocket: the current balance on connect, then every second. */
	public static final String FEED = "/ws";

	/** The same feed over STOMP 1.2: a {@code MESSAGE} on {@link #BALANCE_TOPIC} every second. */
	public static final String STOMP = "/stomp";

	/** The one STOMP destination a client may subscribe to. */
	public static final String BALANCE_TOPIC = "/topic/balance";

	/** One message of the feed, byte for byte on both stacks; the group is the tick's sequence number. */
	public static final Pattern BALANCE_UPDATE = Pattern
		.compile("\\{\"balance\":1250,\"currency\":\"credits\",\"sequence\":(\\d+)\\}");

	private SampleContract() {
	}

	/** Every path a route serves. */
	public static Set<String> routes() {
		return Set.copyOf(Stream.concat(Stream.of(PING, UPDATE_PROFILE, FAIL), PROTECTED_READS.stream().map(Read::path))
			.toList());
	}

	/** A token-protected {@code GET} and the JSON it answers with the token. */
	public record Read(String path, String json) {

		@Override
		public String toString() {
			return this.path;
		}

	}

}
