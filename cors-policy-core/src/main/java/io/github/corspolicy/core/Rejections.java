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

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.internal.HeaderNameSet;
import io.github.corspolicy.core.internal.HttpSyntax;
import io.github.corspolicy.core.internal.OriginMatcher.Verdict;
import io.github.corspolicy.core.internal.OriginSyntax;
import io.github.corspolicy.core.internal.RequestedHeaders;

/**
 * Makes the rejections of one policy, with messages that say what was asked, which setting refused
 * it and what that setting holds. Message texts are fixed when the policy is built; only the value
 * at fault is added per request.
 */
final class Rejections {

	/** The CORS-safelisted methods, always allowed (Fetch standard, section 2.2.1). */
	private static final Set<String> SAFELISTED_METHODS = Set.of("GET", "HEAD", "POST");

	private final String originNotAllowed;

	private final String methodNotAllowed;

	private final String headerNotAllowed;

	Rejections(PolicySettings settings) {
		this.originNotAllowed = "origin %2$s is not allowed by "
				+ count("allowed-origins", settings.allowedOrigins(), "origin") + ", "
				+ count("allowed-origin-patterns", settings.allowedOriginPatterns(), "pattern") + " or "
				+ count("allowed-origin-regexes", settings.allowedOriginRegexes(), "regex")
				+ "; add it to %1$sallowed-origins if this front end should call the API";
		this.methodNotAllowed = "method %2$s is not in %1$sallowed-methods " + literal(settings.allowedMethods())
				+ "; methods are case-sensitive";
		this.headerNotAllowed = "request header %2$s is not in %1$sallowed-headers "
				+ literal(settings.allowedHeaders());
	}

	CorsRejection origin(Verdict verdict, String origin) {
		return switch (verdict) {
			case NULL_ORIGIN -> new CorsRejection(RejectionReason.ORIGIN_NOT_ALLOWED,
					CorsSetting.DANGEROUSLY_ALLOW_NULL_ORIGIN, origin,
					"origin %2$s (sandboxed iframes, file: pages, cross-origin redirects) is not allowed;"
							+ " only %1$sdangerously-allow-null-origin=true with 'null' in %1$sallowed-origins allows it");
			case TOO_LONG -> malformed(origin, "Origin %2$s is longer than " + OriginSyntax.MAX_LENGTH
					+ " characters, which no browser sends");
			case SEVERAL_VALUES -> malformed(origin, "Origin %2$s holds several values; browsers send exactly one");
			case MALFORMED -> malformed(origin, "Origin %2$s is not a serialized origin (scheme://host[:port])"
					+ " as browsers send it: lower case, IP addresses in canonical form, no default port");
			default -> new CorsRejection(RejectionReason.ORIGIN_NOT_ALLOWED, CorsSetting.ALLOWED_ORIGINS, origin,
					this.originNotAllowed);
		};
	}

	/** Checks the requested method; {@code null} when allowed. */
	@Nullable CorsRejection method(@Nullable String method, @Nullable Set<String> allowed) {
		String requested = (method != null) ? method : "";
		if (!HttpSyntax.isToken(requested)) {
			return malformed(requested, "Access-Control-Request-Method %2$s is not a single method name");
		}
		if (allowed == null || allowed.contains(requested) || SAFELISTED_METHODS.contains(requested)) {
			return null;
		}
		return new CorsRejection(RejectionReason.METHOD_NOT_ALLOWED, CorsSetting.ALLOWED_METHODS, requested,
				this.methodNotAllowed);
	}

	/** Checks every requested header; {@code null} when all are allowed. */
	@Nullable CorsRejection headers(String requested, @Nullable HeaderNameSet allowed) {
		RequestedHeaders.Problem problem = RequestedHeaders.check(requested, allowed);
		if (problem == null) {
			return null;
		}
		return switch (problem.kind()) {
			case NOT_ALLOWED -> new CorsRejection(RejectionReason.HEADER_NOT_ALLOWED, CorsSetting.ALLOWED_HEADERS,
					problem.element(), this.headerNotAllowed);
			case TOO_MANY -> malformed(requested, "Access-Control-Request-Headers has more than "
					+ RequestedHeaders.MAX_ELEMENTS + " elements");
			case NOT_A_TOKEN -> malformed(problem.element(),
					"Access-Control-Request-Headers element %2$s is not a header name");
		};
	}

	CorsRejection privateNetwork() {
		return new CorsRejection(RejectionReason.PRIVATE_NETWORK_NOT_ALLOWED, CorsSetting.ALLOW_PRIVATE_NETWORK,
				"true", "the preflight asks for private network access (Access-Control-Request-Private-Network: %2$s);"
						+ " %1$sallow-private-network=true allows it");
	}

	private static CorsRejection malformed(String value, String template) {
		return new CorsRejection(RejectionReason.MALFORMED, null, value, template);
	}

	private static String count(String key, List<String> values, String noun) {
		String amount = values.isEmpty() ? "none" : values.size() + " " + noun
				+ (values.size() == 1 ? "" : (noun.endsWith("x") ? "es" : "s"));
		return "%1$s" + key + " (" + amount + ")";
	}

	private static String literal(List<String> values) {
		return values.toString().replace("%", "%%");
	}

}
