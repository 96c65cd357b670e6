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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.PolicyProblem.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Every kind of problem comes from real input, and renders both ways (with the core's setting names
 * and with property names as a starter writes them) without a setting named in literal text, an
 * unfilled placeholder or a {@code null}.
 */
class PolicyProblemKindsTests {

	private static final String APP = "https://app.example.com";

	/** A starter's names: every referenced setting as a property of one mapping. */
	private static final SettingNames PROPERTIES = (setting) -> "cors.mappings[0]." + setting.key();

	/** Names no literal text can hold, so that a setting found in a rendering was typed as text. */
	private static final SettingNames MARKERS = (setting) -> "<" + setting.name() + ">";

	@ParameterizedTest
	@MethodSource("kinds")
	void eachKindComesFromRealInputAndRendersBothWays(Kind kind, UnaryOperator<CorsPolicy.Builder> configure) {
		PolicyProblem problem = problemsOf(configure).stream()
			.filter((found) -> found.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no problem of kind " + kind + " in " + problemsOf(configure)));
		assertThat(problem.problem()).isEqualTo(problem.problem(SettingNames.KEYS)).isNotBlank();
		assertThat(problem.fix()).isEqualTo(problem.fix(SettingNames.KEYS)).isNotBlank();
		for (String rendered : List.of(problem.problem(MARKERS), problem.fix(MARKERS))) {
			assertThat(rendered).doesNotContain("{", "}").doesNotContainPattern("\\bnull\\b");
			assertThat(Stream.of(CorsSetting.values()).map(CorsSetting::key)).as("setting names typed as text")
				.noneMatch(rendered::contains);
		}
		String asProperties = problem.problem(PROPERTIES) + " " + problem.fix(PROPERTIES);
		problem.references()
			.forEach((setting) -> assertThat(asProperties).contains("cors.mappings[0]." + setting.key()));
		assertThat(problem.toString()).contains(problem.key(), problem.problem(), problem.fix());
	}

	@Test
	void everyKindHasARow() {
		Set<Kind> covered = kinds().map((row) -> (Kind) row.get()[0]).collect(Collectors.toSet());
		assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).as("kinds without a row").isEmpty();
	}

	@Test
	void aProblemRefersToTheOtherSettingsItNames() {
		PolicyProblem problem = problemsOf((b) -> b.allowedOrigins("*").allowCredentials(true)).get(0);
		assertThat(problem.references()).containsExactly(CorsSetting.ALLOW_CREDENTIALS);
		assertThat(problem.problem(PROPERTIES)).startsWith("allows any origin together with"
				+ " cors.mappings[0].allow-credentials=true: browsers refuse that");
		assertThat(problem.fix(PROPERTIES))
			.isEqualTo("list your front-end origins, or set cors.mappings[0].allow-credentials=false for a public API");
	}

	@Test
	void aValueThatLooksLikeASettingNameIsNotRenamed() {
		PolicyProblem problem = problemsOf((b) -> b.allowedOrigins("https://app.example.com/allow-credentials")).get(0);
		assertThat(problem.kind()).isEqualTo(Kind.ORIGIN_PATH);
		assertThat(problem.problem(PROPERTIES)).isEqualTo(
				"has a path ('/allow-credentials'); an origin is scheme://host[:port] only");
	}

	static Stream<Arguments> kinds() {
		return Stream.of(origins(), patternsAndRegexes(), methodsAndHeaders(), others()).flatMap((rows) -> rows);
	}

	private static Stream<Arguments> origins() {
		return Stream.of(row(Kind.ORIGIN_EMPTY, origin("")), row(Kind.ORIGIN_WHITESPACE, origin(" " + APP)),
				row(Kind.ORIGIN_TOO_LONG, origin("https://" + "a".repeat(300) + ".com")),
				row(Kind.ORIGIN_NO_SCHEME, origin("app.example.com")), row(Kind.ORIGIN_INVALID_SCHEME, origin("1x://a.com")),
				row(Kind.ORIGIN_TRAILING_SLASH, origin(APP + "/")), row(Kind.ORIGIN_PATH, origin(APP + "/api")),
				row(Kind.ORIGIN_QUERY, origin(APP + "?tab=1")), row(Kind.ORIGIN_FRAGMENT, origin(APP + "#top")),
				row(Kind.ORIGIN_USER_INFO, origin("https://user@app.com")), row(Kind.ORIGIN_NO_HOST, origin("https://")),
				row(Kind.ORIGIN_NON_ASCII_HOST, origin("https://bücher.example")),
				row(Kind.ORIGIN_TRAILING_DOT, origin(APP + ".")), row(Kind.ORIGIN_EMPTY_LABEL, origin("https://a..b.com")),
				row(Kind.ORIGIN_INVALID_HOST, origin("https://a!b.example.com")),
				row(Kind.ORIGIN_INVALID_IPV4, origin("http://256.1.1.1")),
				row(Kind.ORIGIN_INVALID_IPV6, origin("http://[::1::2]")),
				row(Kind.ORIGIN_NON_CANONICAL_IP, origin("http://127.1")),
				row(Kind.ORIGIN_INVALID_PORT, origin("https://app.com:99999")),
				row(Kind.ORIGIN_DEFAULT_PORT, origin("https://app.com:443")),
				row(Kind.ORIGIN_WILDCARD, origin("https://*.example.com")), row(Kind.NULL_ORIGIN, origin("null")),
				row(Kind.INSECURE_ORIGIN_WITH_CREDENTIALS, (b) -> b.allowedOrigins("http://app.com").allowCredentials(true)));
	}

	private static Stream<Arguments> patternsAndRegexes() {
		return Stream.of(row(Kind.PATTERN_WILDCARD_NOT_LEFTMOST_LABEL, pattern("https://app-*.example.com")),
				row(Kind.PATTERN_WILDCARD_BEFORE_IP, pattern("http://*.10.0.0.1")),
				row(Kind.PATTERN_ANY_HOST, pattern("https://*")),
				row(Kind.PATTERN_PORT_AND_PORT_LIST, pattern("http://localhost:9000:[3000]")),
				row(Kind.PATTERN_INVALID_PORT_LIST, pattern("http://localhost:[3000,abc]")),
				row(Kind.PUBLIC_SUFFIX_ORIGINS, (b) -> b.allowedOriginPatterns("https://*.vercel.app").allowCredentials(true)),
				row(Kind.BROAD_REGEX, regex("https://.*")),
				row(Kind.UNCHECKABLE_REGEX, regex("https://([a-z.]+[a-z.]+)+\\1\\.example\\.org")),
				row(Kind.REGEX_EMPTY, regex(" ")), row(Kind.REGEX_INVALID, regex("https://(app\\.example\\.com")),
				row(Kind.REGEX_UNESCAPED_DOT, regex("https://app.eu\\.example\\.com")),
				row(Kind.REGEX_AMBIGUOUS_REPETITION, regex("https://(a+)+\\.example\\.com")),
				row(Kind.ANY_MIXED_INTO_LIST, origin(APP, "*")));
	}

	private static Stream<Arguments> methodsAndHeaders() {
		return Stream.of(row(Kind.METHOD_NOT_TOKEN, (b) -> b.allowedMethods("GET,POST")),
				row(Kind.METHOD_LOWER_CASE, (b) -> b.allowedMethods("delete")),
				row(Kind.METHOD_CASE_MISMATCH, (b) -> b.allowedMethods("patch")),
				row(Kind.FORBIDDEN_METHOD, (b) -> b.allowedMethods("CONNECT")),
				row(Kind.HEADER_NOT_TOKEN, (b) -> b.allowedHeaders("X Request-ID")),
				row(Kind.FORBIDDEN_REQUEST_HEADER, (b) -> b.allowedHeaders("Connection")),
				row(Kind.METHOD_OVERRIDE_HEADER, (b) -> b.allowedHeaders("X-HTTP-Method-Override")),
				row(Kind.FORBIDDEN_RESPONSE_HEADER, (b) -> b.exposedHeaders("Set-Cookie")),
				row(Kind.CORS_PROTOCOL_HEADER_EXPOSED, (b) -> b.exposedHeaders("Access-Control-Allow-Origin")));
	}

	private static Stream<Arguments> others() {
		return Stream.of(row(Kind.MAX_AGE_NEGATIVE, (b) -> b.maxAge(Duration.ofSeconds(-5))),
				row(Kind.MAX_AGE_NOT_WHOLE_SECONDS, (b) -> b.maxAge(Duration.ofMillis(500))),
				row(Kind.MAX_AGE_ABOVE_CHROMIUM_CAP, (b) -> b.maxAge(Duration.ofHours(3))),
				row(Kind.PREFLIGHT_STATUS_INVALID, (b) -> b.preflightStatus(201)),
				row(Kind.ANY_ORIGIN_WITH_CREDENTIALS, (b) -> b.allowedOrigins("*").allowCredentials(true)),
				row(Kind.ANY_ORIGIN_WITH_PRIVATE_NETWORK, (b) -> b.allowedOrigins("*").allowPrivateNetwork(true)),
				row(Kind.ANY_EXPOSED_HEADER_WITH_CREDENTIALS,
						(b) -> b.allowedOrigins(APP).exposedHeaders("*").allowCredentials(true)),
				row(Kind.NO_ORIGIN_ALLOWED, (b) -> b),
				row(Kind.TIMING_ALLOW_ORIGIN_WITHOUT_ORIGINS, (b) -> b.timingAllowOrigin(true)));
	}

	private static Arguments row(Kind kind, UnaryOperator<CorsPolicy.Builder> configure) {
		return argumentSet(kind.name(), kind, configure);
	}

	private static UnaryOperator<CorsPolicy.Builder> origin(String... origins) {
		return (b) -> b.allowedOrigins(origins);
	}

	private static UnaryOperator<CorsPolicy.Builder> pattern(String pattern) {
		return (b) -> b.allowedOriginPatterns(pattern);
	}

	private static UnaryOperator<CorsPolicy.Builder> regex(String regex) {
		return (b) -> b.allowedOriginRegexes(regex);
	}

	/** The errors of a policy that cannot be built, else its warnings. */
	static List<PolicyProblem> problemsOf(UnaryOperator<CorsPolicy.Builder> configure) {
		try {
			return new ArrayList<>(configure.apply(CorsPolicy.builder()).build().warnings());
		}
		catch (InvalidCorsPolicyException ex) {
			return ex.getProblems();
		}
	}

}
