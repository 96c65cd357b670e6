package io.github.corspolicy.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import io.github.corspolicy.core.CorsDecision.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Invariants that hold for every request, however malformed or hostile, and for every
 * configuration, however garbled: evaluation never throws, written headers are always safe to
 * send, and {@code Access-Control-Allow-Origin} only ever names an origin the policy allows.
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

	@Property(tries = 2000)
	void evaluatingNeverThrowsWhateverTheRequestHolds(@ForAll("exchanges") Exchange exchange) {
		Subject subject = exchange.subject();
		CorsRequest request = exchange.request();
		CorsDecision decision = subject.policy().evaluate(request);
		Map<String, String> headers = decision.headers(request);
		CorsRejection rejection = decision.rejection();
		if (rejection != null) {
			assertThat(rejection.message("cors.")).isNotBlank();
			assertThat(rejection.toString()).startsWith(rejection.reason().tag());
		}
		assertThat(decision.isPreflight()).isEqualTo(request.isPreflight());
		Statistics.label("outcome").collect(decision.outcome());
		Statistics.label("allow-origin").collect(headers.containsKey(ACAO) ? "written" : "absent");
		Statistics.label("outcome").coverage(checker -> {
			for (Outcome outcome : Outcome.values()) {
				checker.check(outcome).count(count -> count > 0);
			}
		});
		Statistics.label("allow-origin").coverage(checker -> checker.check("written").count(count -> count > 50));
	}

	@Property(tries = 2000)
	void writtenHeaderValuesNeverContainCrOrLf(@ForAll("exchanges") Exchange exchange) {
		Subject subject = exchange.subject();
		CorsRequest request = exchange.request();
		Map<String, String> headers = subject.policy().evaluate(request).headers(request);
		headers.forEach((name, value) -> {
			assertThat(name).matches(TOKEN);
			assertThat(value).as(name).doesNotContain("\r", "\n").matches(SAFE_HEADER_VALUE);
		});
	}

	@Property(tries = 2000)
	void allowOriginIsTheWildcardOrExactlyAnOriginThePolicyAllows(@ForAll("exchanges") Exchange exchange) {
		Subject subject = exchange.subject();
		CorsRequest request = exchange.request();
		Map<String, String> headers = subject.policy().evaluate(request).headers(request);
		String allowOrigin = headers.get(ACAO);
		if (allowOrigin == null) {
			return;
		}
		if (subject.anyOrigin()) {
			assertThat(allowOrigin).isEqualTo("*");
		}
		else {
			assertThat(allowOrigin).isEqualTo(request.origin()).matches(subject.allows());
		}
	}

	@Property(tries = 2000)
	void aCredentialedResponseNeverAllowsTheWildcardOrigin(@ForAll("exchanges") Exchange exchange) {
		Subject subject = exchange.subject();
		CorsRequest request = exchange.request();
		Map<String, String> headers = subject.policy().evaluate(request).headers(request);
		if (headers.containsKey(ACAC) || subject.policy().allowsCredentials()) {
			assertThat(headers.get(ACAO)).isNotEqualTo("*");
		}
		if (headers.containsKey(ACAC)) {
			assertThat(headers).containsKey(ACAO);
		}
	}

	@Property(tries = 2000)
	void allowHeadersAndAllowMethodsHoldOnlyTokensTheRequestOrThePolicyNamed(@ForAll("exchanges") Exchange exchange) {
		Subject subject = exchange.subject();
		CorsRequest request = exchange.request();
		Map<String, String> headers = subject.policy().evaluate(request).headers(request);
		List<String> allowedHeaders = elements(headers.get(ACAH));
		Statistics.collect(headers.containsKey(ACAH) ? "allow-headers written" : "no allow-headers");
		Statistics.coverage(checker -> checker.check("allow-headers written").count(count -> count > 20));
		assertThat(allowedHeaders).allSatisfy(name -> assertThat(name).matches(TOKEN));
		// '*' is written only when the request itself asked for a header named '*'
		List<String> configured = ((List<?>) subject.policy().describe().get("allowed-headers")).stream()
			.map(String::valueOf)
			.toList();
		assertThat(allowedHeaders).isSubsetOf(configured.equals(List.of("*"))
				? elements(request.accessControlRequestHeaders()) : configured);
		assertThat(elements(headers.get(ACAM))).allSatisfy(method -> assertThat(method).matches(TOKEN));
	}

	@Property(tries = 1000)
	void rejectionValuesAndMessagesAreSafeForLogs(@ForAll("exchanges") Exchange exchange) {
		Subject subject = exchange.subject();
		CorsRequest request = exchange.request();
		CorsRejection rejection = subject.policy().evaluate(request).rejection();
		if (rejection != null) {
			assertThat(rejection.value()).matches("'[\\x20-\\x7e]*'(\\.\\.\\. \\(\\d+ characters\\))?");
			assertThat(rejection.value().length()).isLessThanOrEqualTo(600 + 30);
			assertThat(rejection.message("cors.")).matches("[\\x20-\\x7e]*");
		}
	}

	@Property(tries = 1000)
	void buildingFromArbitraryValuesEitherSucceedsOrNamesEachValueAtFault(
			@ForAll("configurations") Configuration configuration) {
		CorsPolicy.Builder builder = configuration.builder();
		Throwable thrown = catchThrowable(builder::build);
		Statistics.collect((thrown == null) ? "built" : "rejected");
		Statistics.coverage(checker -> {
			checker.check("built").count(count -> count > 50);
			checker.check("rejected").count(count -> count > 50);
		});
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
	}

	@Provide
	Arbitrary<Exchange> exchanges() {
		return Arbitraries.of(SUBJECTS)
			.flatMap(subject -> requests(subject).map(request -> new Exchange(subject, request)));
	}

	/** Requests of every kind, often from an origin the policy allows, so that many are accepted. */
	private static Arbitrary<CorsRequest> requests(Subject subject) {
		Arbitrary<String> method = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("OPTIONS")),
				Tuple.of(3, Arbitraries.of("GET", "POST", "PUT", "options", "")), Tuple.of(1, noise()));
		Arbitrary<String> origin = Arbitraries.frequencyOf(Tuple.of(24, Arbitraries.of(subject.examples())),
				Tuple.of(3, Arbitraries.of(OTHER_ORIGINS)),
				Tuple.of(2, Combinators.combine(Arbitraries.of(subject.examples()), noise()).as(String::concat)),
				Tuple.of(1, noise()), Tuple.of(1, unicode()), Tuple.of(1, veryLong()));
		Arbitrary<String> requestMethod = Arbitraries.frequencyOf(
				Tuple.of(6, Arbitraries.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "PROPFIND")),
				Tuple.of(2, Arbitraries.of("put", "", " ", "GET, PUT", "GET,PUT", "PUT\r\n")), Tuple.of(1, noise()),
				Tuple.of(1, unicode()));
		Arbitrary<String> privateNetwork = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("true", "false", "TRUE")),
				Tuple.of(1, noise()));
		return Combinators
			.combine(method.injectNull(0.05), origin.injectNull(0.1), requestMethod.injectNull(0.2),
					requestHeaders().injectNull(0.3), privateNetwork.injectNull(0.6))
			.as(CorsRequest::new);
	}

	private static Arbitrary<String> requestHeaders() {
		Arbitrary<String> name = Arbitraries.frequencyOf(
				Tuple.of(30, Arbitraries.of("content-type", "X-Request-ID", "authorization", "x-custom", "*", "", " ",
						"\t")),
				Tuple.of(2, Arbitraries.of("x a", "x-ä", "x:y", "\r\n", "x\u0000", "\u212aey")), Tuple.of(1, noise()));
		Arbitrary<String> list = Combinators.combine(name.list().ofMaxSize(5), Arbitraries.of(",", ", ", " ,\t"))
			.as((names, separator) -> String.join(separator, names));
		Arbitrary<String> commas = Arbitraries.integers().between(90, 2000).map(",,"::repeat);
		return Arbitraries.frequencyOf(Tuple.of(8, list), Tuple.of(1, commas), Tuple.of(1, unicode()));
	}

	@Provide
	Arbitrary<Configuration> configurations() {
		Arbitrary<List<String>> origins = values(List.of(APP, "http://localhost:3000", "HTTPS://Admin.Example.com:8443",
				"https://[::1]:8080", "http://127.0.0.1:5173", "null"), List.of("*", "", " ", "app.example.com",
				"https://app.com/", "https://app.com:443", "https://bücher.example", "https://user@app.com",
				"https://[", "https://*.example.com", "NULL"));
		Arbitrary<List<String>> patterns = values(List.of("https://*.example.com", "http://localhost:[3000, 5173]",
				"https://*.example.org:[*]", "HTTPS://*.Example.NET"),
				List.of("https://*", "http://*.localhost", "https://*.com", "https://*.co.uk",
						"https://app-*.example.com", "http://x:[abc]", "http://x:1:[2]", "http://x:[]"));
		Arbitrary<List<String>> regexes = values(List.of("https://app\\.example\\.com", "https://[a-z]+\\.example\\.org",
				"https://app.example.net"), List.of("(", "", "[", "a{2,1}"));
		Arbitrary<List<String>> methods = values(List.of("GET", "PUT", "PROPFIND"),
				List.of("*", "get", "GET,POST", "GET POST", ""));
		Arbitrary<List<String>> headers = values(List.of("X-Request-ID", "content-type", "ETag"),
				List.of("*", "x request", "a,b", "", "X-Trace:"));
		Arbitrary<Boolean> flag = Arbitraries.of(true, false);
		return Combinators.combine(origins, patterns, regexes, methods, headers, headers, flag, flag)
			.as(Configuration::new);
	}

	/** '*' alone, or lists of mostly valid values with some invalid, garbled or non-ASCII ones. */
	private static Arbitrary<List<String>> values(List<String> valid, List<String> invalid) {
		Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.of(valid)),
				Tuple.of(1, Arbitraries.of(invalid)), Tuple.of(1, noise()), Tuple.of(1, unicode()),
				Tuple.of(1, Combinators.combine(Arbitraries.of(valid), noise()).as(String::concat)));
		return Arbitraries.frequencyOf(Tuple.of(9, value.list().ofMaxSize(3)), Tuple.of(1, Arbitraries.just(List.of("*"))));
	}

	/** Printable ASCII with the characters that matter to HTTP: CR, LF, tab, comma, NUL, and a few non-ASCII. */
	private static Arbitrary<String> noise() {
		return Arbitraries.strings()
			.withCharRange(' ', '~')
			.withChars('\r', '\n', '\t', ',', '\u0000', 'é', '\u212a', '\u2028', '\ud83d', '\ude00')
			.ofMaxLength(40);
	}

	private static Arbitrary<String> unicode() {
		return Arbitraries.strings().all().ofMaxLength(30);
	}

	private static Arbitrary<String> veryLong() {
		return Combinators.combine(Arbitraries.of("https://", "http://localhost:", ""),
				Arbitraries.strings().withChars("a.,:-1\r").ofMinLength(290).ofMaxLength(9000))
			.as(String::concat);
	}

	/** The elements of a comma-separated header value, without optional white space and empty elements. */
	private static List<String> elements(String value) {
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

	/** A request to a policy. */
	record Exchange(Subject subject, CorsRequest request) {

		@Override
		public String toString() {
			return this.subject + " <- " + this.request;
		}

	}

}
