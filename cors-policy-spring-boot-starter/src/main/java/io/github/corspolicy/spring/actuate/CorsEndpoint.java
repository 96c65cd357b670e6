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
package io.github.corspolicy.spring.actuate;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.annotation.ImportRuntimeHints;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRejection;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.CorsBrowser;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.live.LiveSnapshot;
import io.github.corspolicy.spring.live.RefreshOutcome;
import io.github.corspolicy.spring.live.SourceState;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The {@code cors} endpoint. Without parameters it shows each mapping's effective policy, normalised
 * and keyed like the properties, and the start-up warnings. With an {@code origin} it answers what
 * the filter would do for a call from that origin: the preflight, when a browser would send one (Fetch
 * standard, section 4.1: a method other than GET, HEAD and POST, or a header that is not
 * CORS-safelisted), and the actual request, each with its outcome, the reason in plain words and
 * the exact headers. The answer comes from the same mapping resolution and policy evaluation as the
 * filter's, on the snapshot current when the call arrives; the policies show that snapshot's version
 * and what each live origin source's last refresh did. The write operation refreshes now and answers
 * with the outcome.
 */
@Endpoint(id = "cors")
@ImportRuntimeHints(CorsEndpointRuntimeHints.class)
public class CorsEndpoint {

	static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(30);

	private final LiveCorsMappings mappings;

	private final @Nullable LiveCorsRefresher refresher;

	public CorsEndpoint(CorsMappings mappings) {
		this(LiveCorsMappings.fixed(mappings), null);
	}

	/**
	 * @param mappings the live mappings: each call reads the current snapshot once
	 * @param refresher the refresher that the write operation asks, {@code null} when nothing refreshes
	 */
	public CorsEndpoint(LiveCorsMappings mappings, @Nullable LiveCorsRefresher refresher) {
		this.mappings = mappings;
		this.refresher = refresher;
	}

	/**
	 * The policies, or with {@code origin} the check of a call.
	 * @param origin the page's origin, such as {@code https://app.example.com}
	 * @param method the method the page uses (default GET)
	 * @param path the path called (default /)
	 * @param requestHeaders the request headers the page sets, comma-separated
	 * @return the policies when no origin is given, the check otherwise
	 */
	@ReadOperation
	public CorsReport cors(@Nullable String origin, @Nullable String method, @Nullable String path,
			@Nullable String requestHeaders) {
		LiveSnapshot snapshot = this.mappings.snapshot();
		if (origin == null) {
			return new CorsReport(policies(snapshot), null);
		}
		return new CorsReport(null, check(snapshot.mappings(), origin, method, path, requestHeaders));
	}

	/**
	 * Refreshes now: the {@code cors.*} properties bound afresh and every source read, then the new
	 * snapshot validated and swapped in, or refused.
	 * @return the outcome: applied, unchanged, refused (with the problems) or failed (with the
	 * sources that could not be read)
	 */
	@WriteOperation
	public @Nullable RefreshOutcome refresh() throws InterruptedException {
		if (this.refresher == null) {
			return null;
		}
		try {
			return this.refresher.refreshAll(REFRESH_TIMEOUT);
		}
		catch (TimeoutException ex) {
			return new RefreshOutcome(RefreshOutcome.Outcome.FAILED, this.mappings.snapshot().version(), List.of(),
					Map.of("refresh", "did not finish within " + REFRESH_TIMEOUT.toSeconds() + "s; it goes on"), List.of());
		}
	}

	private Policies policies(LiveSnapshot snapshot) {
		CorsMappings mappings = snapshot.mappings();
		List<SourceState> sources = (this.refresher != null) ? List.copyOf(this.refresher.states().values())
				: List.of();
		return new Policies(mappings.all().stream().map(CorsEndpoint::describe).toList(), mappings.warnings(),
				new Snapshot(snapshot.version(), snapshot.builtAt(), sources));
	}

	private Check check(CorsMappings mappings, String origin, @Nullable String method, @Nullable String path,
			@Nullable String requestHeaders) {
		String calledPath = (path != null && !path.isEmpty()) ? path : "/";
		String calledMethod = (method != null && !method.isEmpty()) ? method : "GET";
		CorsMapping mapping = mappings.resolve(calledPath);
		CorsRequest preflight = CorsRequest.builder("OPTIONS")
			.origin(origin)
			.accessControlRequestMethod(calledMethod)
			.accessControlRequestHeaders(requestHeaders)
			.build();
		CorsRequest actual = CorsRequest.actual(calledMethod, origin);
		boolean preflighted = browserPreflights(calledPath, origin, calledMethod, requestHeaders);
		return new Check(origin, calledMethod, calledPath, requestHeaders, mapping.name(), mapping.isEnabled(),
				preflighted ? verdict(mapping, preflight) : null, verdict(mapping, actual));
	}

	/**
	 * Whether a browser sends a preflight first. Only header names are given, so each counts with
	 * an empty value: {@code Accept} and the language headers stay safelisted, a {@code Content-Type}
	 * of unknown value does not.
	 */
	private static boolean browserPreflights(String path, String origin, String method, @Nullable String requestHeaders) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (requestHeaders != null) {
			for (String name : requestHeaders.split(",")) {
				if (!name.isBlank()) {
					headers.put(name.strip(), "");
				}
			}
		}
		return CorsBrowser.needsPreflight(new BrowserRequest(path, origin, method, headers, false));
	}

	private static MappingDescription describe(CorsMapping mapping) {
		List<String> paths = mapping.pathPatterns().stream().map(Object::toString).toList();
		Map<String, Object> policy = (mapping.policy() != null) ? mapping.policy().describe() : Map.of();
		return new MappingDescription(mapping.name(), mapping.propertyPrefix(), paths.isEmpty() ? List.of("/**") : paths,
				mapping.isEnabled(), policy);
	}

	private static @Nullable Verdict verdict(CorsMapping mapping, CorsRequest request) {
		CorsDecision decision = mapping.evaluate(request);
		if (decision == null) {
			return null;
		}
		CorsRejection rejection = decision.rejection();
		return new Verdict(decision.outcome().name(),
				decision.isPreflight() ? decision.status() : null,
				(rejection != null) ? rejection.reason().tag() : "none",
				(rejection != null) ? rejection.message(mapping.propertyPrefix()) : explainAllowed(decision),
				decision.headers(request));
	}

	private static String explainAllowed(CorsDecision decision) {
		return switch (decision.outcome()) {
			case PREFLIGHT_ACCEPTED -> "the preflight is answered at once; the browser then sends the request";
			case ACTUAL_ACCEPTED -> "the response carries the CORS headers, so the page can read it";
			default -> "not a CORS request";
		};
	}

	/**
	 * The endpoint's answer: one of its two parts, the other {@code null}. Both are unwrapped, so
	 * the JSON is the part's own.
	 * @param policies the policies, when no origin was given
	 * @param check the check of a call, when an origin was given
	 */
	public record CorsReport(@JsonUnwrapped @Nullable Policies policies, @JsonUnwrapped @Nullable Check check) {
	}

	/** Every mapping's policy, the warnings found when the snapshot was built, and the snapshot. */
	public record Policies(List<MappingDescription> mappings, List<String> warnings, Snapshot snapshot) {
	}

	/**
	 * The snapshot serving, and what each source's last refresh did.
	 * @param version 1 for the start-up snapshot, one more for each swapped in after it
	 * @param builtAt when it was swapped in
	 * @param sources per source ({@code properties} first): last refresh, last success, version,
	 * entry count, skipped entries with the reasons, last error
	 */
	public record Snapshot(long version, Instant builtAt, List<SourceState> sources) {
	}

	/** One mapping, in the vocabulary of the properties. */
	public record MappingDescription(String name, String propertyPrefix, List<String> pathPatterns, boolean enabled,
			Map<String, Object> policy) {
	}

	/**
	 * The filter's answers to a call.
	 * @param origin the origin checked
	 * @param method the method checked
	 * @param path the path checked
	 * @param requestHeaders the request headers checked
	 * @param mapping the mapping that covers it
	 * @param corsEnabled whether CORS applies there
	 * @param preflight the answer to the preflight, {@code null} when a browser sends none (a simple
	 * request) or when CORS is off
	 * @param actual the answer to the request itself, {@code null} when CORS is off
	 */
	public record Check(String origin, String method, String path, @Nullable String requestHeaders, String mapping,
			boolean corsEnabled, @Nullable Verdict preflight, @Nullable Verdict actual) {
	}

	/**
	 * One decision.
	 * @param outcome the outcome
	 * @param status the status of a preflight answer
	 * @param reason the rejection reason tag, or {@code none}
	 * @param explanation the reason in plain words, naming the property to change
	 * @param headers the exact CORS response headers
	 */
	public record Verdict(String outcome, @Nullable Integer status, String reason,
			String explanation, Map<String, String> headers) {
	}

}
