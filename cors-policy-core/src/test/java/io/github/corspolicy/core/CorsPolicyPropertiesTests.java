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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.github.corspolicy.core.CorsDecision.Outcome;
import io.github.corspolicy.core.testsupport.RandomInputs;

import static io.github.corspolicy.core.testsupport.RandomInputs.forEachCase;
import static io.github.corspolicy.core.testsupport.RandomInputs.printable;
import static io.github.corspolicy.core.testsupport.RandomInputs.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Invariants that hold for every request, however malformed or hostile, and for every
 * configuration, however garbled: evaluation never throws, written headers are always safe to
 * send, and {@code Access-Control-Allow-Origin} only ever names an origin the policy allows.
 * <p>
 * Each invariant is checked on 1,000 to 2,000 {@link RandomInputs generated} cases from a fixed
 * seed, which a failure reports with the case to replay it; coverage checks fail when too few
 * requests are accepted for the invariant to mean anything.
 */
class CorsPolicyPropertiesTests {

	private static final String APP = "https://app.example.com";

	private static final String ACAO = "Access-Control-Allow-Origin";

	private static final String ACAC = "Access-Control-Allow-Credentials";

	private static final String ACAH = "Access-Control-Allow-Headers";

	private static final String ACAM = "Access-Control-Allow-Methods";

	/** A header value a client can safely receive: visible ASCII, space and tab; never CR or LF. */
	private static final Pattern SAFE_HEADER_VALUE = Pattern.compile("[\\t\\x20-\\x7e]*");

	/** {@code token} of RFC 9110, written out independently of the code under test. */
	private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	/** Requests per policy for most invariants: 2,000 over the five policies. */
	private static final int REQUESTS = 400;

	/** Origins that few or none of the policies allow. */
	private static final List<String> OTHER_ORIGINS = List.of("http://localhost:8080", "http://localhost",
			"https://example.com", "https://app.example.org:8443", "https://evil.example",
			"https://a.example.com.evil.com", "https://a.example.com:8443", "https://evil.com/.example.com",
			"HTTPS://APP.EXAMPLE.COM", "http://localhost:03000");

	private static final List<Subject> SUBJECTS = List.of(
			new Subject("exact origins with credentials", false, CorsPolicy.builder()
				.allowedOrigins(APP, "http://localhost:3000")
				.allowedMethods("GET", "PUT", "DELETE")
				.allowedHeaders("Content-Type", "X-Request-ID")
				.exposedHeaders("ETag")
				.maxAge(Duration.ofMinutes(10))
				.allowCredentials(true)
				.allowPrivateNetwork(true)
				.build(), Set.of(APP, "http://localhost:3000")::contains, List.of(APP, "http://localhost:3000")),
			new Subject("a subdomain pattern with credentials, any method and any header", false, CorsPolicy.builder()
				.allowedOriginPatterns("https://*.example.com")
				.allowedMethods("*")
				.allowedHeaders("*")
				.allowCredentials(true)
				.build(), Pattern.compile("https://([A-Za-z0-9-]+\\.)+example\\.com").asMatchPredicate(),
					List.of("https://a.example.com", "https://a.b.example.com", "https://A-1.example.com")),
			new Subject("local ports and a regex, any header", false, CorsPolicy.builder()
				.allowedOriginPatterns("http://localhost:[3000,5173]")
				.allowedOriginRegexes("https://app\\.example\\.org")
				.allowedHeaders("*")
				.build(),
					// ports only in canonical form: http://localhost:03000 is not a browser's origin
					Pattern.compile("http://localhost:(3000|5173)|https://app\\.example\\.org").asMatchPredicate(),
					List.of("http://localhost:3000", "http://localhost:5173", "https://app.example.org")),
			new Subject("any origin, any method, any header", true, CorsPolicy.builder()
				.allowAnyOrigin()
				.allowedMethods("*")
				.allowedHeaders("*")
				.exposedHeaders("*")
				.build(), origin -> true, List.of(APP, "https://evil.example", "null")),
			new Subject("'null' opted in, with credentials", false, CorsPolicy.builder()
				.allowedOrigins("null", APP)
				.dangerouslyAllowNullOrigin(true)
				.allowCredentials(true)
				.build(), Set.of("null", APP)::contains, List.of("null", APP)));

	@ParameterizedTest
	@FieldSource("SUBJECTS")
	void evaluatingNeverThrowsWhateverTheRequestHolds(Subject subject) {
		Tally seen = new Tally();
		forEachRequest(subject, 1, REQUESTS, request -> {
			CorsDecision decision = subject.policy().evaluate(request);
			Map<String, String> headers = decision.headers(request);
			CorsRejection rejection = decision.rejection();
			if (rejection != null) {
				assertThat(rejection.message("cors.")).isNotBlank();
				assertThat(rejection.toString()).startsWith(rejection.reason().tag());
			}
			assertThat(decision.isPreflight()).isEqualTo(request.isPreflight());
			seen.add(decision.outcome());
			seen.add(headers.containsKey(ACAO) ? "allow-origin written" : "no allow-origin");
		});
		// a policy that allows any origin never meets an origin it does not allow
		Set<Outcome> reachable = subject.anyOrigin() ? EnumSet.complementOf(EnumSet.of(Outcome.ACTUAL_ORIGIN_NOT_ALLOWED))
				: EnumSet.allOf(Outcome.class);
		assertThat(seen.labels()).as("seed 1: %s", seen).containsAll(reachable);
		assertThat(seen.count("allow-origin written")).as("seed 1: %s", seen).isGreaterThanOrEqualTo(REQUESTS / 5);
	}

	@ParameterizedTest
	@FieldSource("SUBJECTS")
	void writtenHeaderValuesNeverContainCrOrLf(Subject subject) {
		forEachRequest(subject, 2, REQUESTS, request -> {
			Map<String, String> headers = subject.policy().evaluate(request).headers(request);
			headers.forEach((name, value) -> {
				assertThat(name).matches(TOKEN);
				assertThat(value).as(name).doesNotContain("\r", "\n").matches(SAFE_HEADER_VALUE);
			});
		});
	}

	@ParameterizedTest
	@FieldSource("SUBJECTS")
	void allowOriginIsTheWildcardOrExactlyAnOriginThePolicyAllows(Subject subject) {
		forEachRequest(subject, 3, REQUESTS, request -> {
			String allowOrigin = subject.policy().evaluate(request).headers(request).get(ACAO);
			if (allowOrigin == null) {
				return;
			}
			if (subject.anyOrigin()) {
				assertThat(allowOrigin).isEqualTo("*");
			}
			else {
				assertThat(allowOrigin).isEqualTo(request.origin()).matches(subject.allows());
			}
		});
	}

	@ParameterizedTest
	@FieldSource("SUBJECTS")
	void aCredentialedResponseNeverAllowsTheWildcardOrigin(Subject subject) {
		forEachRequest(subject, 4, REQUESTS, request -> {
			Map<String, String> headers = subject.policy().evaluate(request).headers(request);
			if (headers.containsKey(ACAC) || subject.policy().allowsCredentials()) {
				assertThat(headers.get(ACAO)).isNotEqualTo("*");
			}
			if (headers.containsKey(ACAC)) {
				assertThat(headers).containsKey(ACAO);
			}
		});
	}

	@ParameterizedTest
	@FieldSource("SUBJECTS")
	void allowHeadersAndAllowMethodsHoldOnlyTokensTheRequestOrThePolicyNamed(Subject subject) {
		List<String> configured = ((List<?>) subject.policy().describe().get("allowed-headers")).stream()
			.map(String::valueOf)
			.toList();
		Tally seen = new Tally();
		forEachRequest(subject, 5, REQUESTS, request -> {
			Map<String, String> headers = subject.policy().evaluate(request).headers(request);
			List<String> allowedHeaders = elements(headers.get(ACAH));
			seen.add(headers.containsKey(ACAH) ? "allow-headers written" : "no allow-headers");
			assertThat(allowedHeaders).allSatisfy(name -> assertThat(name).matches(TOKEN));
			// '*' is written only when the request itself asked for a header named '*'
			assertThat(allowedHeaders).isSubsetOf(configured.equals(List.of("*"))
					? elements(request.accessControlRequestHeaders()) : configured);
			assertThat(elements(headers.get(ACAM))).allSatisfy(method -> assertThat(method).matches(TOKEN));
		});
		// a policy that allows no request header has none to name
		int expected = configured.isEmpty() ? 0 : REQUESTS / 20;
		assertThat(seen.count("allow-headers written")).as("seed 5: %s", seen).isGreaterThanOrEqualTo(expected);
	}

	@ParameterizedTest
	@FieldSource("SUBJECTS")
	void rejectionValuesAndMessagesAreSafeForLogs(Subject subject) {
		forEachRequest(subject, 6, REQUESTS / 2, request -> {
			CorsRejection rejection = subject.policy().evaluate(request).rejection();
			if (rejection != null) {
				assertThat(rejection.value()).matches("'[\\x20-\\x7e]*'(\\.\\.\\. \\(\\d+ characters\\))?");
				assertThat(rejection.value().length()).isLessThanOrEqualTo(600 + 30);
				assertThat(rejection.message("cors.")).matches("[\\x20-\\x7e]*");
			}
		});
	}

	@Test
	void buildingFromArbitraryValuesEitherSucceedsOrNamesEachValueAtFault() {
		Tally seen = new Tally();
		forEachCase(7, 1000, CorsPolicyPropertiesTests::configuration, configuration -> {
			CorsPolicy.Builder builder = configuration.builder();
			Throwable thrown = catchThrowable(builder::build);
			seen.add((thrown == null) ? "built" : "rejected");
			if (thrown == null) {
				CorsPolicy policy = builder.build();
				assertThat(CorsPolicy.fromDescription(policy.describe())).isEqualTo(policy);
				return;
			}
			assertThat(thrown).isInstanceOf(InvalidCorsPolicyException.class);
			List<PolicyProblem> problems = ((InvalidCorsPolicyException) thrown).getProblems();
			assertThat(problems).isNotEmpty().allSatisfy(problem -> {
				assertThat(problem.value()).isEqualTo(configuration.given(problem.setting()).get(problem.index()));
				assertThat(problem.problem()).isNotBlank().isNotEqualTo("null");
				assertThat(problem.fix()).isNotBlank().isNotEqualTo("null");
			});
		});
		assertThat(seen.count("built")).as("seed 7: %s", seen).isGreaterThan(50);
		assertThat(seen.count("rejected")).as("seed 7: %s", seen).isGreaterThan(50);
	}

	private static void forEachRequest(Subject subject, long seed, int cases, Consumer<CorsRequest> property) {
		forEachCase(seed, cases, random -> new Exchange(subject, request(random, subject)),
				exchange -> property.accept(exchange.request()));
	}

	/** Requests of every kind, often from an origin the policy allows, so that many are accepted. */
	private static CorsRequest request(RandomInputs random, Subject subject) {
		String method = random.nullOr(5, () -> random.frequency(weight(6, () -> "OPTIONS"),
				weight(3, () -> random.oneOf("GET", "POST", "PUT", "options", "")), weight(1, random::noise)));
		String origin = random.nullOr(10, () -> random.frequency(weight(24, () -> random.oneOf(subject.examples())),
				weight(3, () -> random.oneOf(OTHER_ORIGINS)),
				weight(2, () -> random.oneOf(subject.examples()) + random.noise()), weight(2, random::nearOrigin),
				weight(1, random::noise), weight(1, random::unicode), weight(1, random::veryLong)));
		// the safelisted methods, which every policy allows, half of the time
		String requestMethod = random.nullOr(20,
				() -> random.oneIn(2) ? random.oneOf("GET", "HEAD", "POST") : random.method());
		String requestHeaders = random.nullOr(30, () -> requestHeaders(random));
		String privateNetwork = random.nullOr(60, () -> random
			.frequency(weight(3, () -> random.oneOf("true", "false", "TRUE")), weight(1, random::noise)));
		return new CorsRequest(method, origin, requestMethod, requestHeaders, privateNetwork);
	}

	/** Lists of names in any case, some not tokens; lists far beyond the maximum; arbitrary Unicode. */
	private static String requestHeaders(RandomInputs random) {
		return random.frequency(weight(8, () -> random.list(5, () -> requestHeader(random))),
				weight(1, () -> ",,".repeat(random.between(90, 2000))), weight(1, random::unicode));
	}

	private static String requestHeader(RandomInputs random) {
		return random.frequency(
				weight(30, () -> random.withRandomCase(random.oneOf("content-type", "X-Request-ID", "authorization",
						"x-custom", "*", "", " ", "\t"))),
				// a space, non-ASCII, a colon, CR LF, NUL, the Kelvin sign and a Cyrillic look-alike
				weight(2, () -> random.oneOf("x a", "x-\u00e4", "x:y", "\r\n", "x\u0000", "\u212aey",
						"\u0445-request-id")),
				weight(1, random::noise));
	}

	private static Configuration configuration(RandomInputs random) {
		return new Configuration(
				values(random, List.of(APP, "http://localhost:3000", "HTTPS://Admin.Example.com:8443",
						"https://[::1]:8080", "http://127.0.0.1:5173", "null"),
						List.of("*", "", " ", "app.example.com", "https://app.com/", "https://app.com:443",
								"https://b\u00fccher.example", "https://user@app.com", "https://[",
								"https://*.example.com", "NULL")),
				values(random, List.of("https://*.example.com", "http://localhost:[3000, 5173]",
						"https://*.example.org:[*]", "HTTPS://*.Example.NET"),
						List.of("https://*", "http://*.localhost", "https://*.com", "https://*.co.uk",
								"https://app-*.example.com", "http://x:[abc]", "http://x:1:[2]", "http://x:[]")),
				values(random, List.of("https://app\\.example\\.com", "https://[a-z]+\\.example\\.org",
						"https://app.example.net"), List.of("(", "", "[", "a{2,1}")),
				values(random, List.of("GET", "PUT", "PROPFIND"), List.of("*", "get", "GET,POST", "GET POST", "")),
				headers(random), headers(random), random.oneIn(2), random.oneIn(2));
	}

	private static List<String> headers(RandomInputs random) {
		return values(random, List.of("X-Request-ID", "content-type", "ETag"),
				List.of("*", "x request", "a,b", "", "X-Trace:"));
	}

	/** '*' alone, or lists of mostly valid values with some invalid, garbled or non-ASCII ones. */
	private static List<String> values(RandomInputs random, List<String> valid, List<String> invalid) {
		if (random.oneIn(10)) {
			return List.of("*");
		}
		return random.listOf(3, () -> random.frequency(weight(40, () -> random.oneOf(valid)),
				weight(1, () -> random.oneOf(invalid)), weight(1, random::noise), weight(1, random::unicode),
				weight(1, () -> random.oneOf(valid) + random.noise())));
	}

	/** The elements of a comma-separated header value, without optional white space and empty elements. */
	private static List<String> elements(@Nullable String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(",", -1))
			.map(element -> element.replaceAll("^[ \\t]+|[ \\t]+$", ""))
			.filter(element -> !element.isEmpty())
			.toList();
	}

	/** Values for a builder, kept to check that every problem names the value as given. */
	record Configuration(List<String> origins, List<String> patterns, List<String> regexes, List<String> methods,
			List<String> allowedHeaders, List<String> exposedHeaders, boolean credentials, boolean nullOrigin) {

		CorsPolicy.Builder builder() {
			return CorsPolicy.builder()
				.allowedOrigins(this.origins)
				.allowedOriginPatterns(this.patterns)
				.allowedOriginRegexes(this.regexes)
				.allowedMethods(this.methods)
				.allowedHeaders(this.allowedHeaders)
				.exposedHeaders(this.exposedHeaders)
				.allowCredentials(this.credentials)
				.dangerouslyAllowNullOrigin(this.nullOrigin);
		}

		List<String> given(CorsSetting setting) {
			return switch (setting) {
				case ALLOWED_ORIGINS -> this.origins;
				case ALLOWED_ORIGIN_PATTERNS -> this.patterns;
				case ALLOWED_ORIGIN_REGEXES -> this.regexes;
				case ALLOWED_METHODS -> this.methods;
				case ALLOWED_HEADERS -> this.allowedHeaders;
				case EXPOSED_HEADERS -> this.exposedHeaders;
				default -> throw new AssertionError(setting + " was not configured");
			};
		}

	}

	/**
	 * A policy and, written independently of the code under test, the origins it allows.
	 * @param anyOrigin whether the policy allows any origin with {@code *}
	 * @param allows which request origins may be echoed in {@code Access-Control-Allow-Origin}
	 * @param examples origins the policy allows, for the generators
	 */
	record Subject(String name, boolean anyOrigin, CorsPolicy policy, Predicate<String> allows,
			List<String> examples) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** A request to a policy, shown with its values made printable and cut short. */
	record Exchange(Subject subject, CorsRequest request) {

		@Override
		public String toString() {
			return this.subject + " <- method=" + shown(this.request.method()) + ", origin="
					+ shown(this.request.origin()) + ", request-method=" + shown(this.request.accessControlRequestMethod())
					+ ", request-headers=" + shown(this.request.accessControlRequestHeaders()) + ", private-network="
					+ shown(this.request.accessControlRequestPrivateNetwork());
		}

		private static String shown(@Nullable String value) {
			return (value != null) ? "'" + printable(value, 200) + "'" : "null";
		}

	}

	/** How often each label was seen, for the coverage checks. */
	private static final class Tally {

		private final Map<Object, Integer> counts = new LinkedHashMap<>();

		void add(Object label) {
			this.counts.merge(label, 1, Integer::sum);
		}

		int count(Object label) {
			return this.counts.getOrDefault(label, 0);
		}

		Set<Object> labels() {
			return this.counts.keySet();
		}

		@Override
		public String toString() {
			return this.counts.toString();
		}

	}

}
