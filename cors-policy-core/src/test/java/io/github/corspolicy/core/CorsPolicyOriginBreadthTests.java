package io.github.corspolicy.core;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.corspolicy.core.CorsSetting.ALLOWED_ORIGIN_PATTERNS;
import static io.github.corspolicy.core.CorsSetting.ALLOWED_ORIGIN_REGEXES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * A credentialed policy must not admit sites of other owners: a pattern over a public suffix
 * (from the Public Suffix List) or a regex that matches unrelated sites is refused like '*' with
 * credentials, and is a warning without them.
 */
class CorsPolicyOriginBreadthTests {

	@ParameterizedTest
	@MethodSource
	void aPatternOverAPublicSuffixIsAnErrorWithCredentials(String pattern, String says) {
		PolicyProblem problem = singleError(b -> b.allowedOriginPatterns(pattern));
		assertThat(problem.setting()).isEqualTo(ALLOWED_ORIGIN_PATTERNS);
		assertThat(problem.key()).isEqualTo("allowed-origin-patterns[0]");
		assertThat(problem.value()).isEqualTo(pattern);
		assertThat(problem.problem()).contains("is broader than one registrable domain", says,
				"act as the signed-in user");
		assertThat(problem.fix()).isNotBlank();
	}

	static Stream<Arguments> aPatternOverAPublicSuffixIsAnErrorWithCredentials() {
		return Stream.of(
				argumentSet("a TLD", "https://*.com", "'com'"),
				argumentSet("a second-level registry", "https://*.co.uk", "'co.uk'"),
				argumentSet("a TLD the list does not know", "https://*.example", "'example'"),
				argumentSet("a private suffix of three labels", "https://*.s3.amazonaws.com", "'s3.amazonaws.com'"),
				argumentSet("a name under a private wildcard rule", "https://*.uc.r.appspot.com", "'uc.r.appspot.com'"),
				argumentSet("a private suffix under run.app", "https://*.a.run.app", "'a.run.app'"),
				argumentSet("a private suffix per AWS region (API Gateway)", "https://*.execute-api.us-east-1.amazonaws.com",
						"'execute-api.us-east-1.amazonaws.com'"),
				argumentSet("a registrable domain with public suffixes below it", "https://*.amazonaws.com",
						"under 'amazonaws.com' is a public suffix"),
				argumentSet("the base of an ICANN wildcard rule", "https://*.kawasaki.jp",
						"'*.kawasaki.jp' under 'kawasaki.jp'"),
				argumentSet("a name under an ICANN wildcard rule", "https://*.foo.kawasaki.jp", "'foo.kawasaki.jp'"),
				argumentSet("a TLD with a wildcard rule", "https://*.ck", "'ck'"),
				argumentSet("a private hosting suffix", "https://*.github.io", "'github.io'"));
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
	void aRegexIsJudgedByTheSitesItCanMatch(String regex, boolean broad) {
		CorsPolicy.Builder builder = CorsPolicy.builder().allowedOriginRegexes(regex).allowCredentials(true);
		InvalidCorsPolicyException exception = catchThrowableOfType(InvalidCorsPolicyException.class, builder::build);
		if (broad) {
			assertThat(exception).as("a credentialed policy with " + regex).isNotNull();
			assertThat(exception.getProblems()).singleElement().satisfies(problem -> {
				assertThat(problem.key()).isEqualTo("allowed-origin-regexes[0]");
				assertThat(problem.problem()).containsAnyOf("unrelated sites", "anyone can own a name");
				assertThat(problem.fix()).contains("https://[a-z0-9-]+\\.example\\.com");
			});
		}
		else {
			assertThat(exception).as("a credentialed policy with " + regex).isNull();
		}
	}

	static Stream<Arguments> aRegexIsJudgedByTheSitesItCanMatch() {
		return Stream.of(
				// broad: they match https://evil.example, or names anyone can register
				regex("every origin", ".*", true),
				regex("every https origin", "https://.+", true),
				regex("every origin of both schemes", "https?://.*", true),
				regex("every origin, with DOTALL", "(?s).*", true),
				regex("every host spelled with letters, digits, dots and hyphens", "https://[a-z0-9.-]+", true),
				regex("a host suffix without a dot before it (evilexample.com)", "https://.*example\\.com", true),
				regex("a host suffix without a dot, of several labels", "https://[a-z]*app\\.example\\.com|https://.*com",
						true),
				regex("names under a TLD", "https://[a-z0-9-]+\\.com", true),
				regex("names under either of two TLDs", "https://[a-z]+\\.(com|org)", true),
				regex("names under a second-level registry", "https://.*\\.co\\.uk", true),
				regex("names under a private hosting suffix", "https://[a-z0-9-]+\\.vercel\\.app", true),
				regex("a project prefix under a hosting suffix anyone can take", "https://myapp-[a-z0-9]+\\.vercel\\.app",
						true),
				regex("names under an S3 suffix", "https://[a-z0-9.-]+\\.s3\\.amazonaws\\.com", true),
				regex("a safe branch beside a broad one", "https://app\\.example\\.com|https://.*", true),
				regex("an anchored catch-all", "^https://.*$", true),
				regex("any IPv4 literal", "https?://\\d+\\.\\d+\\.\\d+\\.\\d+(:\\d+)?", true),
				regex("any IPv6 literal", "https?://\\[[0-9a-f:]+\\](:\\d+)?", true),
				regex("any host on any port", "https://[^/]+:\\d+", true),
				regex("a localhost prefix of a public name", "http://localhost.*", true),
				regex("an unescaped dot before the registrable domain (appxexample.com)", "https://app.example\\.com",
						true),
				regex("unescaped dots everywhere (evil.example.com, but also evilxexample.com)",
						"https://[a-z0-9-]+.example.com", true),
				regex("labels repeated before a TLD", "https://([a-z0-9-]+\\.)+com", true),
				// bounded: every match is under example.com, or one of a few named hosts
				regex("names under example.com", "https://[a-z0-9-]+\\.example\\.com", false),
				regex("numbered previews under example.com", "https://pr-\\d+\\.preview\\.example\\.com", false),
				regex("two named hosts", "https://(app|admin)\\.example\\.com", false),
				regex("the apex and www", "https://(www\\.)?example\\.com", false),
				regex("localhost on any port", "http://localhost:\\d+", false),
				regex("localhost with an optional port", "http://localhost(:\\d+)?", false),
				regex("anything before a dot and example.com", "https://.*\\.example\\.com", false),
				regex("a label ending in app under example.com", "https://.*app\\.example\\.com", false),
				regex("names under example.com or example.org", "https://[a-z]+\\.example\\.(com|org)", false),
				regex("names under example.com on any port", "https://[a-z]+\\.example\\.com(?::[0-9]{1,5})?", false),
				regex("two named projects on a hosting suffix", "https://(foo|bar)\\.vercel\\.app", false),
				regex("names under one customer's site on a hosting suffix", "https://[a-z]+\\.myapp\\.github\\.io",
						false),
				regex("labels repeated before example.com", "https://([a-z0-9-]+\\.)+example\\.com", false),
				regex("an unescaped dot inside one's own domain", "https://app.eu\\.example\\.com", false),
				regex("an exact host, case-insensitive", "(?i)https://app\\.example\\.com", false));
	}

	@Test
	void theProblemNamesAnUnrelatedSiteTheRegexMatches() {
		PolicyProblem problem = singleError(b -> b.allowedOriginRegexes("https://[a-z0-9.-]+"));
		assertThat(problem.setting()).isEqualTo(ALLOWED_ORIGIN_REGEXES);
		assertThat(problem.problem()).startsWith("matches origins of unrelated sites such as https://evil.example");
		assertThat(problem.fix()).isEqualTo("anchor the host to your own domain, e.g. https://[a-z0-9-]+\\.example\\.com");
	}

	@Test
	void anUnescapedDotIsShownWithTheUnrelatedSiteItLetsIn() {
		PolicyProblem problem = singleError(b -> b.allowedOriginRegexes("https://app.example\\.com"));
		assertThat(problem.problem()).startsWith("matches origins of unrelated sites such as https://appxexample.com");
	}

	@Test
	void withoutCredentialsABroadPatternOrRegexIsAWarning() {
		CorsPolicy policy = CorsPolicy.builder()
			.allowedOriginPatterns("https://*.vercel.app", "https://*.co.uk")
			.allowedOriginRegexes(".*")
			.build();
		assertThat(policy.warnings()).extracting(PolicyProblem::key)
			.containsExactly("allowed-origin-patterns[0]", "allowed-origin-patterns[1]", "allowed-origin-regexes[0]");
		assertThat(policy.warnings()).allSatisfy(warning -> assertThat(warning.problem()).contains("as with '*'"));
	}

	@Test
	void theOptInLiftsPrivateSuffixesOnly() {
		CorsPolicy.Builder builder = CorsPolicy.builder()
			.allowedOriginPatterns("https://*.s3.amazonaws.com", "https://*.co.uk", "https://*.github.io")
			.allowedOriginRegexes("https://[a-z0-9-]+\\.vercel\\.app", "https://.*", "https://[a-z]+\\.com")
			.allowCredentials(true)
			.dangerouslyAllowPublicSuffixOrigins(true);
		InvalidCorsPolicyException exception = catchThrowableOfType(InvalidCorsPolicyException.class, builder::build);
		assertThat(exception.getProblems()).extracting(PolicyProblem::key)
			.containsExactly("allowed-origin-patterns[1]", "allowed-origin-regexes[1]", "allowed-origin-regexes[2]");
	}

	@Test
	void aPrivateSuffixWithCredentialsNamesTheOptIn() {
		PolicyProblem problem = singleError(b -> b.allowedOriginPatterns("https://*.vercel.app"));
		assertThat(problem.fix()).contains("https://myapp.vercel.app",
				"set dangerously-allow-public-suffix-origins=true");
	}

	@Test
	void anIcannSuffixWithCredentialsDoesNotOfferTheOptIn() {
		PolicyProblem problem = singleError(b -> b.allowedOriginPatterns("https://*.co.uk"));
		assertThat(problem.fix()).contains("https://*.myapp.co.uk").doesNotContain("dangerously");
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
		assertThat(problem.problem()).startsWith("could not be checked against origins of unrelated sites");
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

	private static Arguments regex(String description, String regex, boolean broad) {
		return argumentSet(description + (broad ? " (broad)" : " (bounded)"), regex, broad);
	}

}
