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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.CorsDecision.Outcome;
import io.github.corspolicy.core.internal.HeaderNameSet;
import io.github.corspolicy.core.internal.OriginMatcher;
import io.github.corspolicy.core.internal.OriginMatcher.Verdict;

/**
 * An immutable CORS policy. {@link #builder() Built} once, with every setting validated and every
 * problem reported together; then {@link #evaluate(CorsRequest) evaluated} for each request, in
 * time that does not grow with the number of exact origins, allocating nothing for requests without
 * an {@code Origin} and for allowed actual requests.
 * <p>
 * With {@link Builder#timingAllowOrigin(boolean) timing-allow-origin}, {@code Timing-Allow-Origin}
 * carries the value of {@code Access-Control-Allow-Origin} (the echoed origin, or {@code *}) and is
 * written exactly when that header is: never for a refused origin, and for a request without
 * {@code Origin} only when the policy allows any origin (then both are {@code *}, so that a shared
 * cache may serve the response to any page). It is written on accepted preflights too, although
 * browsers do not read it there: the Fetch standard's TAO check runs in "HTTP fetch" on the
 * responses of the request itself (and of its redirects), while a CORS-preflight fetch goes
 * straight to "HTTP-network-or-cache fetch", and Resource Timing reports no entry of its own for a
 * preflight (its time falls before {@code requestStart} of the request's entry). One rule, "with
 * Access-Control-Allow-Origin", is what users and caches can check; the header costs one line.
 */
public final class CorsPolicy {

	private final PolicySettings settings;

	private final List<PolicyProblem> warnings;

	private final OriginMatcher origins;

	private final @Nullable Set<String> methods;

	private final @Nullable HeaderNameSet headers;

	private final Decisions decisions;

	private final Rejections rejections;

	private CorsPolicy(PolicyValidator.Result validated) {
		this.settings = validated.settings();
		this.warnings = validated.warnings();
		this.origins = new OriginMatcher(this.settings.anyOrigin(), validated.exactOrigins(), validated.patterns(),
				validated.regexes());
		this.methods = this.settings.anyMethod() ? null : Set.copyOf(this.settings.allowedMethods());
		this.headers = this.settings.anyHeader() ? null : new HeaderNameSet(this.settings.allowedHeaders());
		this.decisions = new Decisions(this.settings);
		this.rejections = new Rejections(this.settings);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a policy from its {@link #describe() description}, so that a described policy can be
	 * stored, shown and rebuilt as the same policy.
	 */
	public static CorsPolicy fromDescription(Map<String, ?> description) {
		return Builder.fromDescription(description).build();
	}

	/**
	 * Decides what to do with a request, on its origin alone: an allowed origin gets the CORS
	 * headers even when {@link CorsRequest#isSameOrigin() same-origin}, because that test can be
	 * fooled (forwarded headers) and is not part of the cache key, while {@code Vary: Origin} is.
	 * Never throws, whatever the request holds.
	 */
	public CorsDecision evaluate(CorsRequest request) {
		String origin = request.origin();
		if (origin == null) {
			return this.decisions.notCors;
		}
		Verdict verdict = this.origins.match(origin);
		boolean preflight = request.isPreflight();
		if (verdict != Verdict.ALLOWED) {
			return this.decisions.rejected(preflight, this.rejections.origin(verdict, origin));
		}
		return preflight ? evaluatePreflight(request) : this.decisions.actualAccepted;
	}

	private CorsDecision evaluatePreflight(CorsRequest request) {
		CorsRejection rejection = this.rejections.method(request.accessControlRequestMethod(), this.methods);
		if (rejection == null && request.accessControlRequestHeaders() != null) {
			rejection = this.rejections.headers(request.accessControlRequestHeaders(), this.headers);
		}
		if (rejection == null && request.requestsPrivateNetwork()) {
			rejection = this.settings.allowPrivateNetwork() ? null : this.rejections.privateNetwork();
			if (rejection == null) {
				return this.decisions.preflightAcceptedPrivateNetwork;
			}
		}
		return (rejection != null) ? this.decisions.rejected(true, rejection) : this.decisions.preflightAccepted;
	}

	/** Risky but legal settings, each with its fix; log them at start-up. */
	public List<PolicyProblem> warnings() {
		return this.warnings;
	}

	/**
	 * The normalised settings, keyed as in configuration ({@code allowed-origins}, ...), with
	 * {@code max-age} in seconds. {@link #fromDescription(Map)} rebuilds an equal policy from it.
	 */
	public Map<String, Object> describe() {
		return this.settings.describe();
	}

	public boolean allowsCredentials() {
		return this.settings.allowCredentials();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CorsPolicy policy && this.settings.equals(policy.settings);
	}

	@Override
	public int hashCode() {
		return this.settings.hashCode();
	}

	@Override
	public String toString() {
		return "CorsPolicy" + describe();
	}

	/** The shared decisions of a policy, computed once. */
	private static final class Decisions {

		private static final String TIMING_ALLOW_ORIGIN = "Timing-Allow-Origin";

		private static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

		final CorsDecision notCors;

		final CorsDecision actualAccepted;

		final CorsDecision preflightAccepted;

		final CorsDecision preflightAcceptedPrivateNetwork;

		private final HeaderTemplate actualRejected;

		private final HeaderTemplate preflightRejected;

		/** Whether the policy sends Timing-Allow-Origin, and so owns it on every response it decides. */
		private final boolean timing;

		Decisions(PolicySettings settings) {
			// With '*' (never with credentials) the headers do not depend on the origin: no Vary.
			String actualVary = settings.anyOrigin() ? null : "Origin";
			String preflightVary = settings.allowPrivateNetwork()
					? PREFLIGHT_VARY + ", Access-Control-Request-Private-Network" : PREFLIGHT_VARY;
			HeaderTemplate actual = actual(settings, actualVary);
			// with '*' every response gets the same headers, so a cache may serve any of them to any origin
			this.timing = settings.timingAllowOrigin();
			this.notCors = decision(Outcome.NOT_CORS, 0, settings.anyOrigin() ? actual : varyOnly(actualVary), null);
			this.actualAccepted = decision(Outcome.ACTUAL_ACCEPTED, 0, actual, null);
			this.preflightAccepted = decision(Outcome.PREFLIGHT_ACCEPTED, settings.preflightStatus(),
					preflight(settings, preflightVary, false), null);
			this.preflightAcceptedPrivateNetwork = decision(Outcome.PREFLIGHT_ACCEPTED, settings.preflightStatus(),
					preflight(settings, preflightVary, true), null);
			this.actualRejected = varyOnly(actualVary);
			this.preflightRejected = varyOnly(preflightVary);
		}

		CorsDecision rejected(boolean preflight, CorsRejection rejection) {
			return preflight
					? decision(Outcome.PREFLIGHT_REJECTED, CorsDecision.PREFLIGHT_REJECTED_STATUS, this.preflightRejected,
							rejection)
					: decision(Outcome.ACTUAL_ORIGIN_NOT_ALLOWED, 0, this.actualRejected, rejection);
		}

		private CorsDecision decision(Outcome outcome, int status, HeaderTemplate headers,
				@Nullable CorsRejection rejection) {
			return new CorsDecision(outcome, status, headers, rejection, this.timing);
		}

		private static HeaderTemplate varyOnly(@Nullable String vary) {
			return new HeaderTemplate.Builder().vary(vary).build();
		}

		private static HeaderTemplate actual(PolicySettings settings, @Nullable String vary) {
			HeaderTemplate.Builder headers = allowOrigin(settings);
			if (!settings.exposedHeaders().isEmpty()) {
				headers.constant("Access-Control-Expose-Headers", String.join(", ", settings.exposedHeaders()));
			}
			return headers.vary(vary).build();
		}

		private static HeaderTemplate preflight(PolicySettings settings, String vary, boolean privateNetwork) {
			HeaderTemplate.Builder headers = allowOrigin(settings);
			if (settings.anyMethod()) {
				headers.echo("Access-Control-Allow-Methods", HeaderTemplate.Source.REQUEST_METHOD);
			}
			else if (!settings.allowedMethods().isEmpty()) {
				headers.constant("Access-Control-Allow-Methods", String.join(", ", settings.allowedMethods()));
			}
			// '*' does not cover Authorization, and is literal with credentials: name the headers
			if (settings.anyHeader()) {
				headers.echo("Access-Control-Allow-Headers", HeaderTemplate.Source.REQUEST_HEADERS);
			}
			else if (!settings.allowedHeaders().isEmpty()) {
				headers.constant("Access-Control-Allow-Headers", String.join(", ", settings.allowedHeaders()));
			}
			if (settings.maxAge() != null) {
				headers.constant("Access-Control-Max-Age", String.valueOf(settings.maxAge().toSeconds()));
			}
			if (privateNetwork) {
				headers.constant("Access-Control-Allow-Private-Network", "true");
			}
			return headers.vary(vary).build();
		}

		private static HeaderTemplate.Builder allowOrigin(PolicySettings settings) {
			HeaderTemplate.Builder headers = new HeaderTemplate.Builder();
			if (settings.anyOrigin()) {
				headers.constant("Access-Control-Allow-Origin", "*");
			}
			else {
				headers.echo("Access-Control-Allow-Origin", HeaderTemplate.Source.ORIGIN);
			}
			if (settings.timingAllowOrigin()) {
				timingAllowOrigin(settings, headers);
			}
			if (settings.allowCredentials()) {
				headers.constant("Access-Control-Allow-Credentials", "true");
			}
			return headers;
		}

		/** The same value as Access-Control-Allow-Origin, from the same source: written with it, or not at all. */
		private static void timingAllowOrigin(PolicySettings settings, HeaderTemplate.Builder headers) {
			if (settings.anyOrigin()) {
				headers.constant(TIMING_ALLOW_ORIGIN, "*");
			}
			else {
				headers.echo(TIMING_ALLOW_ORIGIN, HeaderTemplate.Source.ORIGIN);
			}
		}

	}

	/**
	 * A builder of policies. Values are kept as given; {@link #build()} validates them all and
	 * reports every problem at once.
	 */
	public static final class Builder {

		List<String> allowedOrigins = List.of();

		List<String> allowedOriginPatterns = List.of();

		List<String> allowedOriginRegexes = List.of();

		List<String> allowedMethods = PolicyDefaults.ALLOWED_METHODS;

		List<String> allowedHeaders = List.of();

		List<String> exposedHeaders = List.of();

		@Nullable Duration maxAge;

		boolean allowCredentials = PolicyDefaults.ALLOW_CREDENTIALS;

		boolean allowPrivateNetwork = PolicyDefaults.ALLOW_PRIVATE_NETWORK;

		int preflightStatus = PolicyDefaults.PREFLIGHT_STATUS;

		boolean timingAllowOrigin = PolicyDefaults.TIMING_ALLOW_ORIGIN;

		boolean dangerouslyAllowNullOrigin = PolicyDefaults.DANGEROUSLY_ALLOW_NULL_ORIGIN;

		boolean dangerouslyAllowPublicSuffixOrigins = PolicyDefaults.DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS;

		private Builder() {
		}

		/** Exact origins such as {@code https://app.example.com}, or {@code *} alone for any. */
		public Builder allowedOrigins(String... origins) {
			return allowedOrigins(Arrays.asList(origins));
		}

		public Builder allowedOrigins(Collection<String> origins) {
			this.allowedOrigins = copy(origins);
			return this;
		}

		/** Allows any origin: {@code Access-Control-Allow-Origin: *}, never with credentials. */
		public Builder allowAnyOrigin() {
			return allowedOrigins(PolicySettings.ANY);
		}

		/** Patterns such as {@code https://*.example.com} or {@code http://localhost:[3000,5173]}. */
		public Builder allowedOriginPatterns(String... patterns) {
			return allowedOriginPatterns(Arrays.asList(patterns));
		}

		public Builder allowedOriginPatterns(Collection<String> patterns) {
			this.allowedOriginPatterns = copy(patterns);
			return this;
		}

		/** Java regular expressions, always matched against the whole origin. */
		public Builder allowedOriginRegexes(String... regexes) {
			return allowedOriginRegexes(Arrays.asList(regexes));
		}

		public Builder allowedOriginRegexes(Collection<String> regexes) {
			this.allowedOriginRegexes = copy(regexes);
			return this;
		}

		/** Methods, case-sensitive, or {@code *} alone for any. Default {@link PolicyDefaults#ALLOWED_METHODS}. */
		public Builder allowedMethods(String... methods) {
			return allowedMethods(Arrays.asList(methods));
		}

		public Builder allowedMethods(Collection<String> methods) {
			this.allowedMethods = copy(methods);
			return this;
		}

		/** Request headers a page may send, or {@code *} alone for any. */
		public Builder allowedHeaders(String... headers) {
			return allowedHeaders(Arrays.asList(headers));
		}

		public Builder allowedHeaders(Collection<String> headers) {
			this.allowedHeaders = copy(headers);
			return this;
		}

		/** Response headers a page may read beyond the safelisted ones. */
		public Builder exposedHeaders(String... headers) {
			return exposedHeaders(Arrays.asList(headers));
		}

		public Builder exposedHeaders(Collection<String> headers) {
			this.exposedHeaders = copy(headers);
			return this;
		}

		/** How long browsers may cache a preflight; {@code null} sends no Access-Control-Max-Age. */
		public Builder maxAge(@Nullable Duration maxAge) {
			this.maxAge = maxAge;
			return this;
		}

		public Builder allowCredentials(boolean allowCredentials) {
			this.allowCredentials = allowCredentials;
			return this;
		}

		/** Answers Private Network Access preflights with {@code Access-Control-Allow-Private-Network}. */
		public Builder allowPrivateNetwork(boolean allowPrivateNetwork) {
			this.allowPrivateNetwork = allowPrivateNetwork;
			return this;
		}

		/** The status of an accepted preflight: 204 (default) or 200. */
		public Builder preflightStatus(int preflightStatus) {
			this.preflightStatus = preflightStatus;
			return this;
		}

		/**
		 * Sends {@code Timing-Allow-Origin} with the value of {@code Access-Control-Allow-Origin},
		 * on exactly the responses that carry it, so that a page of an allowed origin sees the
		 * detailed Resource Timing of its calls (DNS, connection, time to first byte). See
		 * {@link CorsPolicy} for preflights and for what an adapter does with the header.
		 */
		public Builder timingAllowOrigin(boolean timingAllowOrigin) {
			this.timingAllowOrigin = timingAllowOrigin;
			return this;
		}

		/**
		 * Lets {@code null} in the allowed origins take effect. Dangerous: sandboxed iframes of any
		 * site send {@code Origin: null}.
		 */
		public Builder dangerouslyAllowNullOrigin(boolean dangerouslyAllowNullOrigin) {
			this.dangerouslyAllowNullOrigin = dangerouslyAllowNullOrigin;
			return this;
		}

		/**
		 * Lets a credentialed policy keep an origin pattern or regex over a public suffix of the
		 * Public Suffix List's PRIVATE section, such as {@code https://*.mycompany-cloud.com} when
		 * that company is the one who listed it. Dangerous: every name under the suffix may belong
		 * to a different customer. ICANN suffixes ({@code *.com}, {@code *.co.uk}) stay refused.
		 */
		public Builder dangerouslyAllowPublicSuffixOrigins(boolean dangerouslyAllowPublicSuffixOrigins) {
			this.dangerouslyAllowPublicSuffixOrigins = dangerouslyAllowPublicSuffixOrigins;
			return this;
		}

		/**
		 * Validates every setting and builds the policy.
		 * @throws InvalidCorsPolicyException listing every problem, when there is any
		 */
		public CorsPolicy build() {
			PolicyValidator.Result result = new PolicyValidator(this).validate();
			if (!result.errors().isEmpty()) {
				throw new InvalidCorsPolicyException(result.errors());
			}
			return new CorsPolicy(result);
		}

		static Builder fromDescription(Map<String, ?> description) {
			Builder builder = new Builder();
			builder.allowedOrigins = strings(description, CorsSetting.ALLOWED_ORIGINS, builder.allowedOrigins);
			builder.allowedOriginPatterns = strings(description, CorsSetting.ALLOWED_ORIGIN_PATTERNS, List.of());
			builder.allowedOriginRegexes = strings(description, CorsSetting.ALLOWED_ORIGIN_REGEXES, List.of());
			builder.allowedMethods = strings(description, CorsSetting.ALLOWED_METHODS, builder.allowedMethods);
			builder.allowedHeaders = strings(description, CorsSetting.ALLOWED_HEADERS, List.of());
			builder.exposedHeaders = strings(description, CorsSetting.EXPOSED_HEADERS, List.of());
			Object maxAge = description.get(CorsSetting.MAX_AGE.key());
			builder.maxAge = (maxAge != null) ? Duration.ofSeconds(Long.parseLong(maxAge.toString())) : null;
			builder.allowCredentials = flag(description, CorsSetting.ALLOW_CREDENTIALS);
			builder.allowPrivateNetwork = flag(description, CorsSetting.ALLOW_PRIVATE_NETWORK);
			builder.timingAllowOrigin = flag(description, CorsSetting.TIMING_ALLOW_ORIGIN);
			builder.dangerouslyAllowNullOrigin = flag(description, CorsSetting.DANGEROUSLY_ALLOW_NULL_ORIGIN);
			builder.dangerouslyAllowPublicSuffixOrigins = flag(description,
					CorsSetting.DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS);
			Object status = description.get(CorsSetting.PREFLIGHT_STATUS.key());
			builder.preflightStatus = (status != null) ? Integer.parseInt(status.toString()) : PolicyDefaults.PREFLIGHT_STATUS;
			return builder;
		}

		private static List<String> strings(Map<String, ?> description, CorsSetting setting, List<String> absent) {
			Object value = description.get(setting.key());
			if (!(value instanceof Collection<?> values)) {
				return absent;
			}
			List<String> result = new ArrayList<>(values.size());
			values.forEach(item -> result.add(String.valueOf(item)));
			return result;
		}

		private static boolean flag(Map<String, ?> description, CorsSetting setting) {
			return Boolean.parseBoolean(String.valueOf(description.get(setting.key())));
		}

		private static List<String> copy(Collection<String> values) {
			return List.copyOf(values);
		}

	}

}
