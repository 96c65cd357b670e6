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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.PolicyProblem.Kind;

import static io.github.corspolicy.core.CorsSetting.ALLOWED_ORIGIN_PATTERNS;
import static io.github.corspolicy.core.CorsSetting.ALLOWED_ORIGIN_REGEXES;
import static io.github.corspolicy.core.CorsSetting.DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * A credentialed policy must not admit sites of other owners: a pattern over a public suffix
 * (from the Public Suffix List) or a regex that matches unrelated sites is refused like '*' with
 * credentials, and is a warning without them.
 */
class CorsPolicyOriginBreadthTests {

	/** A regex that matches origins of unrelated sites, found by trying them. */
	private static final Kind BROAD = Kind.BROAD_REGEX;

	/** A regex that matches the names under a public suffix. */
	private static final Kind PUBLIC_SUFFIX = Kind.PUBLIC_SUFFIX_ORIGINS;

	/** A regex whose every match is under one registrable domain. */
	private static final @Nullable Kind BOUNDED = null;

	@ParameterizedTest
	@MethodSource
	void aPatternOverAPublicSuffixIsAnErrorWithCredentials(String pattern, String says) {
		PolicyProblem problem = singleError(b -> b.allowedOriginPatterns(pattern));
		assertThat(problem.kind()).isEqualTo(Kind.PUBLIC_SUFFIX_ORIGINS);
		assertThat(problem.setting()).isEqualTo(ALLOWED_ORIGIN_PATTERNS);
		assertThat(problem.key()).isEqualTo("allowed-origin-patterns[0]");
		assertThat(problem.value()).isEqualTo(pattern);
		assertThat(problem.problem()).isEqualTo("is broader than one registrable domain: " + says
				+ "; with allow-credentials=true each of those sites can act as the signed-in user");
		assertThat(problem.fix()).isNotBlank();
	}

	static Stream<Arguments> aPatternOverAPublicSuffixIsAnErrorWithCredentials() {
		return Stream.of(
				argumentSet("a TLD", "https://*.com", anyoneUnder("com")),
				argumentSet("a second-level registry", "https://*.co.uk", anyoneUnder("co.uk")),
				argumentSet("a TLD the list does not know", "https://*.example", anyoneUnder("example")),
				argumentSet("a private suffix of three labels", "https://*.s3.amazonaws.com",
						anyoneUnder("s3.amazonaws.com")),
				argumentSet("a name under a private wildcard rule", "https://*.uc.r.appspot.com",
						anyoneUnder("uc.r.appspot.com")),
				argumentSet("a private suffix under run.app", "https://*.a.run.app", anyoneUnder("a.run.app")),
				argumentSet("a private suffix per AWS region (API Gateway)", "https://*.execute-api.us-east-1.amazonaws.com",
						anyoneUnder("execute-api.us-east-1.amazonaws.com")),
				argumentSet("a registrable domain with public suffixes below it", "https://*.amazonaws.com",
						"'s3.amazonaws.com' under 'amazonaws.com' is a public suffix, where anyone can own a name"),
				argumentSet("the base of an ICANN wildcard rule", "https://*.kawasaki.jp",
						"'*.kawasaki.jp' under 'kawasaki.jp' is a public suffix, where anyone can own a name"),
				argumentSet("a name under an ICANN wildcard rule", "https://*.foo.kawasaki.jp",
						anyoneUnder("foo.kawasaki.jp")),
				argumentSet("a TLD with a wildcard rule", "https://*.ck", anyoneUnder("ck")),
				argumentSet("a private hosting suffix", "https://*.github.io", anyoneUnder("github.io")));
	}

	@ParameterizedTest
	@MethodSource
	void aPatternBoundedToOneRegistrableDomainIsAccepted(String pattern) {
		CorsPolicy policy = CorsPolicy.builder().allowedOriginPatterns(pattern).allowCredentials(true).build();
		assertThat(policy.warnings()).isEmpty();
	}

	static Stream<Arguments> aPatternBoundedToOneRegistrableDomainIsAccepted() {
		return Stream.of(argumentSet("names under a .com domain", "https://*.example.com"),
				argumentSet("names under a .co.uk domain", "https://*.shop.co.uk"),
				argumentSet("names under one customer's private-suffix site", "https://*.myapp.github.io"),
				argumentSet("names under an exception of a wildcard rule", "https://*.city.kawasaki.jp"),
				argumentSet("names under www.ck, an exception", "https://*.www.ck"),
				argumentSet("names under one bucket", "https://*.bucket.s3.amazonaws.com"),
				argumentSet("any port of localhost names", "http://*.localhost:[*]"));
	}

	@ParameterizedTest
	@MethodSource
	void aRegexIsJudgedByTheSitesItCanMatch(String regex, @Nullable Kind broad) {
		CorsPolicy.Builder builder = CorsPolicy.builder().allowedOriginRegexes(regex).allowCredentials(true);
		InvalidCorsPolicyException exception = catchThrowableOfType(InvalidCorsPolicyException.class, builder::build);
		if (broad != null) {
			assertThat(exception).as("a credentialed policy with " + regex).isNotNull();
			assertThat(exception.getProblems()).singleElement().satisfies(problem -> {
				assertThat(problem.kind()).isEqualTo(broad);
				assertThat(problem.key()).isEqualTo("allowed-origin-regexes[0]");
			});
		}
		else {
			assertThat(exception).as("a credentialed policy with " + regex).isNull();
		}
	}

	static Stream<Arguments> aRegexIsJudgedByTheSitesItCanMatch() {
		return Stream.of(
				// broad: they match https://evil.example, or names anyone can register
				regex("every origin", ".*", BROAD),
				regex("every https origin", "https://.+", BROAD),
				regex("every origin of both schemes", "https?://.*", BROAD),
				regex("every origin, with DOTALL", "(?s).*", BROAD),
				regex("every host spelled with letters, digits, dots and hyphens", "https://[a-z0-9.-]+", BROAD),
				regex("a host suffix without a dot before it (evilexample.com)", "https://.*example\\.com", BROAD),
				regex("a host suffix without a dot, of several labels", "https://[a-z]*app\\.example\\.com|https://.*com",
						BROAD),
				regex("names under a TLD", "https://[a-z0-9-]+\\.com", BROAD),
				regex("names under either of two TLDs", "https://[a-z]+\\.(com|org)", BROAD),
				regex("names under a second-level registry", "https://.*\\.co\\.uk", BROAD),
				regex("names under a private hosting suffix", "https://[a-z0-9-]+\\.vercel\\.app", PUBLIC_SUFFIX),
				regex("a project prefix under a hosting suffix anyone can take", "https://myapp-[a-z0-9]+\\.vercel\\.app",
						PUBLIC_SUFFIX),
				regex("names under an S3 suffix", "https://[a-z0-9.-]+\\.s3\\.amazonaws\\.com", PUBLIC_SUFFIX),
				regex("a safe branch beside a broad one", "https://app\\.example\\.com|https://.*", BROAD),
				regex("an anchored catch-all", "^https://.*$", BROAD),
				regex("any IPv4 literal", "https?://\\d+\\.\\d+\\.\\d+\\.\\d+(:\\d+)?", BROAD),
				regex("any IPv6 literal", "https?://\\[[0-9a-f:]+\\](:\\d+)?", BROAD),
				regex("any host on any port", "https://[^/]+:\\d+", BROAD),
				regex("a localhost prefix of a public name", "http://localhost.*", BROAD),
				regex("an unescaped dot before the registrable domain (appxexample.com)", "https://app.example\\.com",
						BROAD),
				regex("unescaped dots everywhere (evil.example.com, but also evilxexample.com)",
						"https://[a-z0-9-]+.example.com", BROAD),
				regex("labels repeated before a TLD", "https://([a-z0-9-]+\\.)+com", BROAD),
				// bounded: every match is under example.com, or one of a few named hosts
				regex("names under example.com", "https://[a-z0-9-]+\\.example\\.com", BOUNDED),
				regex("numbered previews under example.com", "https://pr-\\d+\\.preview\\.example\\.com", BOUNDED),
				regex("two named hosts", "https://(app|admin)\\.example\\.com", BOUNDED),
				regex("the apex and www", "https://(www\\.)?example\\.com", BOUNDED),
				regex("localhost on any port", "http://localhost:\\d+", BOUNDED),
				regex("localhost with an optional port", "http://localhost(:\\d+)?", BOUNDED),
				regex("anything before a dot and example.com", "https://.*\\.example\\.com", BOUNDED),
				regex("a label ending in app under example.com", "https://.*app\\.example\\.com", BOUNDED),
				regex("names under example.com or example.org", "https://[a-z]+\\.example\\.(com|org)", BOUNDED),
				regex("names under example.com on any port", "https://[a-z]+\\.example\\.com(?::[0-9]{1,5})?", BOUNDED),
				regex("two named projects on a hosting suffix", "https://(foo|bar)\\.vercel\\.app", BOUNDED),
				regex("names under one customer's site on a hosting suffix", "https://[a-z]+\\.myapp\\.github\\.io",
						BOUNDED),
				regex("labels repeated before example.com", "https://([a-z0-9-]+\\.)+example\\.com", BOUNDED),
				regex("an unescaped dot inside one's own domain", "https://app.eu\\.example\\.com", BOUNDED),
				regex("an exact host, case-insensitive", "(?i)https://app\\.example\\.com", BOUNDED));
	}

	@Test
	void theProblemNamesAnUnrelatedSiteTheRegexMatches() {
		PolicyProblem problem = singleError(b -> b.allowedOriginRegexes("https://[a-z0-9.-]+"));
		assertThat(problem.kind()).isEqualTo(Kind.BROAD_REGEX);
		assertThat(problem.setting()).isEqualTo(ALLOWED_ORIGIN_REGEXES);
		assertThat(problem.problem()).isEqualTo("matches origins of unrelated sites such as https://evil.example;"
				+ " with allow-credentials=true each of those sites can act as the signed-in user");
		assertThat(problem.fix()).isEqualTo("anchor the host to your own domain, e.g. https://[a-z0-9-]+\\.example\\.com");
	}

	@Test
	void anUnescapedDotIsShownWithTheUnrelatedSiteItLetsIn() {
		PolicyProblem problem = singleError(b -> b.allowedOriginRegexes("https://app.example\\.com"));
		assertThat(problem.kind()).isEqualTo(Kind.BROAD_REGEX);
		assertThat(problem.problem()).isEqualTo("matches origins of unrelated sites such as https://appxexample.com;"
				+ " with allow-credentials=true each of those sites can act as the signed-in user");
	}

	@Test
	void withoutCredentialsABroadPatternOrRegexIsAWarning() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOriginPatterns("https://*.vercel.app", "https://*.co.uk")
			.allowedOriginRegexes(".*")
			.build();
		assertThat(policy.warnings()).extracting(PolicyProblem::key, PolicyProblem::kind)
			.containsExactly(tuple("allowed-origin-patterns[0]", Kind.PUBLIC_SUFFIX_ORIGINS),
					tuple("allowed-origin-patterns[1]", Kind.PUBLIC_SUFFIX_ORIGINS),
					tuple("allowed-origin-regexes[0]", Kind.BROAD_REGEX));
	}

	@Test
	void theOptInLiftsPrivateSuffixesOnly() {
		CorsPolicy.Builder builder = CorsPolicy.builder()
			.allowedOriginPatterns("https://*.s3.amazonaws.com", "https://*.co.uk", "https://*.github.io")
			.allowedOriginRegexes("https://[a-z0-9-]+\\.vercel\\.app", "https://.*", "https://[a-z]+\\.com")
			.allowCredentials(true)
			.dangerouslyAllowPublicSuffixOrigins(true);
		InvalidCorsPolicyException exception = catchThrowableOfType(InvalidCorsPolicyException.class, builder::build);
		assertThat(exception.getProblems()).extracting(PolicyProblem::key, PolicyProblem::kind)
			.containsExactly(tuple("allowed-origin-patterns[1]", Kind.PUBLIC_SUFFIX_ORIGINS),
					tuple("allowed-origin-regexes[1]", Kind.BROAD_REGEX),
					tuple("allowed-origin-regexes[2]", Kind.BROAD_REGEX));
	}

	@Test
	void aPrivateSuffixWithCredentialsNamesTheOptIn() {
		PolicyProblem problem = singleError(b -> b.allowedOriginPatterns("https://*.vercel.app"));
		assertThat(problem.kind()).isEqualTo(Kind.PUBLIC_SUFFIX_ORIGINS);
		assertThat(problem.references()).contains(DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS);
		assertThat(problem.fix()).isEqualTo("list your own sites' exact origins, such as https://myapp.vercel.app, or"
				+ " use an origin regex that matches only your project's names; if your organisation operates"
				+ " 'vercel.app' itself (it is in the private section of the Public Suffix List), set"
				+ " dangerously-allow-public-suffix-origins=true");
	}

	@Test
	void anIcannSuffixWithCredentialsDoesNotOfferTheOptIn() {
		PolicyProblem problem = singleError(b -> b.allowedOriginPatterns("https://*.co.uk"));
		assertThat(problem.kind()).isEqualTo(Kind.PUBLIC_SUFFIX_ORIGINS);
		assertThat(problem.references()).doesNotContain(DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS);
		assertThat(problem.fix()).isEqualTo("put your own domain after '*.', e.g. https://*.myapp.co.uk");
	}

	@Test
	void theOptInIsPartOfTheDescriptionAndSurvivesARoundTrip() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOriginPatterns("https://*.github.io")
			.allowCredentials(true)
			.dangerouslyAllowPublicSuffixOrigins(true)
			.build();
		assertThat(policy.describe()).containsEntry("dangerously-allow-public-suffix-origins", true);
		assertThat(CorsPolicy.fromDescription(policy.describe())).isEqualTo(policy);
	}

	@Test
	void aRegexThatBacktracksForeverCannotHangTheBuild() {
		long start = System.nanoTime();
		PolicyProblem problem = singleError(b -> b.allowedOriginRegexes("https://([a-z.]+[a-z.]+)+\\1\\.example\\.org"));
		assertThat(problem.kind()).isEqualTo(Kind.UNCHECKABLE_REGEX);
		assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(5_000_000_000L);
	}

	private static PolicyProblem singleError(UnaryOperator<CorsPolicy.Builder> configure) {
		CorsPolicy.Builder builder = configure.apply(CorsPolicy.builder().allowCredentials(true));
		InvalidCorsPolicyException exception = catchThrowableOfType(InvalidCorsPolicyException.class, builder::build);
		assertThat(exception).as("the exception for an invalid policy").isNotNull();
		List<PolicyProblem> problems = exception.getProblems();
		assertThat(problems).hasSize(1);
		return problems.get(0);
	}

	private static Arguments regex(String description, String regex, @Nullable Kind broad) {
		return argumentSet(description + ((broad != null) ? " (broad)" : " (bounded)"), regex, broad);
	}

	private static String anyoneUnder(String suffix) {
		return "anyone can own a name under '" + suffix + "'";
	}

}
