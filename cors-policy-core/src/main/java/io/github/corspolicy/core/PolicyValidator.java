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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.PolicyProblem.Kind;
import io.github.corspolicy.core.internal.ExactOriginSet;
import io.github.corspolicy.core.internal.ForbiddenNames;
import io.github.corspolicy.core.internal.HttpSyntax;
import io.github.corspolicy.core.internal.OriginPattern;
import io.github.corspolicy.core.internal.OriginSyntax;
import io.github.corspolicy.core.internal.RegexBreadth;
import io.github.corspolicy.core.internal.SiteBreadth;

import static io.github.corspolicy.core.PolicyMessage.ref;

/**
 * Checks every setting of a builder, collects every problem, and produces the normalised settings
 * with the compiled patterns and regexes. Errors stop the build; warnings travel with the policy.
 */
final class PolicyValidator {

	/** Chromium caps the preflight cache at two hours (Firefox at 24). */
	static final Duration CHROMIUM_MAX_AGE_CAP = Duration.ofHours(2);

	private static final Set<String> STANDARD_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT",
			"OPTIONS", "TRACE", "PATCH");

	/**
	 * The methods browsers upper-case: Fetch standard, section 2.2.1 "Methods", "normalize a method"
	 * (a byte-case-insensitive match for DELETE, GET, HEAD, OPTIONS, POST or PUT is upper-cased).
	 * Every other method, PATCH included, is sent exactly as the front end wrote it.
	 */
	private static final Set<String> NORMALISED_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

	private final CorsPolicy.Builder builder;

	private final List<PolicyProblem> errors = new ArrayList<>();

	private final List<PolicyProblem> warnings = new ArrayList<>();

	private final List<OriginPattern> patterns = new ArrayList<>();

	private final List<Pattern> regexes = new ArrayList<>();

	private final ExactOriginSet exactOrigins;

	PolicyValidator(CorsPolicy.Builder builder) {
		this.builder = builder;
		this.exactOrigins = new ExactOriginSet(builder.allowedOrigins.size());
	}

	/** The outcome: settings and compiled matchers, valid only when {@code errors} is empty. */
	record Result(PolicySettings settings, ExactOriginSet exactOrigins, List<OriginPattern> patterns,
			List<Pattern> regexes, List<PolicyProblem> errors, List<PolicyProblem> warnings) {
	}

	Result validate() {
		CorsPolicy.Builder b = this.builder;
		PolicySettings settings = new PolicySettings(origins(), originPatterns(), originRegexes(),
				methods(), allowedHeaders(), exposedHeaders(), maxAge(), b.allowCredentials, b.allowPrivateNetwork,
				preflightStatus(), b.timingAllowOrigin, b.dangerouslyAllowNullOrigin,
				b.dangerouslyAllowPublicSuffixOrigins);
		checkCombinations(settings);
		// combinations are checked last, but problems are reported in the order of the settings
		this.errors.sort(Comparator.comparing(PolicyProblem::setting));
		return new Result(settings, this.exactOrigins, List.copyOf(this.patterns), List.copyOf(this.regexes),
				List.copyOf(this.errors), List.copyOf(this.warnings));
	}

	/**
	 * The allowed origins, normalised and each once, in the order given; the set of them is kept for
	 * the policy's matcher, so that a policy of many origins builds one table and no other set.
	 */
	private List<String> origins() {
		List<String> values = this.builder.allowedOrigins;
		List<String> result = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			String origin = origin(i, value);
			if (origin != null && this.exactOrigins.add(origin)) {
				result.add(origin);
			}
		}
		return List.copyOf(result);
	}

	/** The value as an allowed origin, or {@code null} after reporting why it is not one. */
	private @Nullable String origin(int i, String value) {
		if (value.equals(PolicySettings.ANY)) {
			anyAlone(CorsSetting.ALLOWED_ORIGINS, this.builder.allowedOrigins, i, "origins");
			return value;
		}
		if (value.equalsIgnoreCase("null")) {
			return nullOrigin(i, value);
		}
		String origin = OriginSyntax.isWellFormed(value) ? value : null;
		if (origin == null) {
			// not as browsers send it: normalised, or reported
			OriginSyntax.Parsed parsed = OriginSyntax.parse(value, false);
			origin = parsed.origin();
			if (origin == null) {
				invalidOrigin(CorsSetting.ALLOWED_ORIGINS, i, value, parsed.defect(), parsed.problem(), parsed.fix());
				return null;
			}
		}
		if (isInsecure(origin) && !isLoopback(origin)) {
			warnInsecure(CorsSetting.ALLOWED_ORIGINS, i, value);
		}
		return origin;
	}

	private @Nullable String nullOrigin(int i, String value) {
		if (this.builder.dangerouslyAllowNullOrigin) {
			return "null";
		}
		error(Kind.NULL_ORIGIN, CorsSetting.ALLOWED_ORIGINS, i, value,
				PolicyMessage.text("is the origin of sandboxed iframes, file: pages and cross-origin redirects: any site"
						+ " can send it"),
				PolicyMessage.of("remove it; if you accept that risk, also set ",
						ref(CorsSetting.DANGEROUSLY_ALLOW_NULL_ORIGIN, "true")));
		return null;
	}

	private void invalidOrigin(CorsSetting setting, int i, String value, OriginSyntax.@Nullable Defect defect,
			@Nullable String problem, @Nullable String fix) {
		if (defect == null || problem == null || fix == null) {
			throw new IllegalStateException("An invalid origin without its defect: " + value);
		}
		error(OriginProblems.kind(defect), setting, i, value, PolicyMessage.text(problem),
				OriginProblems.fix(defect, fix));
	}

	private List<String> originPatterns() {
		List<String> values = this.builder.allowedOriginPatterns;
		Map<String, Boolean> result = new LinkedHashMap<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			OriginPattern.Parsed parsed = OriginPattern.parse(value);
			OriginPattern pattern = parsed.pattern();
			if (pattern == null) {
				invalidOrigin(CorsSetting.ALLOWED_ORIGIN_PATTERNS, i, value, parsed.defect(), parsed.problem(),
						parsed.fix());
			}
			else if (result.put(pattern.toString(), true) == null) {
				this.patterns.add(pattern);
				if (isInsecure(pattern.toString()) && !pattern.isLoopback()) {
					warnInsecure(CorsSetting.ALLOWED_ORIGIN_PATTERNS, i, value);
				}
				checkBreadth(CorsSetting.ALLOWED_ORIGIN_PATTERNS, i, value, pattern.breadth());
			}
		}
		return List.copyOf(result.keySet());
	}

	private List<String> originRegexes() {
		List<String> values = this.builder.allowedOriginRegexes;
		List<String> result = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			Pattern regex = compileRegex(i, value);
			if (regex != null && !result.contains(value)) {
				result.add(value);
				this.regexes.add(regex);
				warnIfUnescapedDot(i, value);
				warnIfAmbiguousRepetition(i, value);
				checkBreadth(CorsSetting.ALLOWED_ORIGIN_REGEXES, i, value, RegexBreadth.of(value, regex));
			}
		}
		return List.copyOf(result);
	}

	/**
	 * A pattern or regex that admits sites of different owners is like '*' for them: an error with
	 * credentials, a warning without. Only the owner of a PRIVATE-section suffix may opt in.
	 */
	private void checkBreadth(CorsSetting setting, int i, String value, SiteBreadth.Verdict breadth) {
		boolean optedIn = breadth.privateSuffix() && this.builder.dangerouslyAllowPublicSuffixOrigins;
		if (!breadth.isBroad() || optedIn) {
			return;
		}
		Kind kind = switch (breadth.kind()) {
			case PUBLIC_SUFFIX -> Kind.PUBLIC_SUFFIX_ORIGINS;
			case UNCHECKED -> Kind.UNCHECKABLE_REGEX;
			default -> Kind.BROAD_REGEX;
		};
		if (this.builder.allowCredentials) {
			PolicyMessage fix = PolicyMessage.text(breadth.fix());
			error(kind, setting, i, value, PolicyMessage.of(breadth.problem() + "; with ",
					ref(CorsSetting.ALLOW_CREDENTIALS, "true"), " each of those sites can act as the signed-in user"),
					breadth.privateSuffix() ? fix.then(optInFix(breadth)) : fix);
		}
		else {
			warning(kind, setting, i, value,
					breadth.problem() + "; every one of those sites may read responses, as with '*'", breadth.fix());
		}
	}

	private static PolicyMessage optInFix(SiteBreadth.Verdict breadth) {
		return PolicyMessage.of("; if your organisation operates '" + breadth.suffix() + "' itself (it is in the"
				+ " private section of the Public Suffix List), set ",
				ref(CorsSetting.DANGEROUSLY_ALLOW_PUBLIC_SUFFIX_ORIGINS, "true"));
	}

	private @Nullable Pattern compileRegex(int i, String value) {
		if (value.isBlank()) {
			error(Kind.REGEX_EMPTY, CorsSetting.ALLOWED_ORIGIN_REGEXES, i, value, "is empty",
					"remove the empty entry (often a stray comma in a list)");
			return null;
		}
		try {
			return Pattern.compile(value);
		}
		catch (PatternSyntaxException ex) {
			error(Kind.REGEX_INVALID, CorsSetting.ALLOWED_ORIGIN_REGEXES, i, value, "is not a valid regular expression: "
					+ ex.getDescription() + " at index " + ex.getIndex(),
					"correct the expression, e.g. https://[a-z0-9-]+\\.example\\.com");
			return null;
		}
	}

	private void warnIfUnescapedDot(int i, String value) {
		boolean escaped = false;
		int classDepth = 0;
		for (int c = 0; c < value.length(); c++) {
			char ch = value.charAt(c);
			if (!escaped && ch == '.' && classDepth == 0 && c + 1 < value.length()
					&& Character.isLetterOrDigit(value.charAt(c + 1))) {
				warning(Kind.REGEX_UNESCAPED_DOT, CorsSetting.ALLOWED_ORIGIN_REGEXES, i, value,
						"has an unescaped '.', which matches any character: 'app.example.com' also matches 'appXexample.com'",
						"escape dots in host names as '\\.'");
				return;
			}
			classDepth += (!escaped && ch == '[') ? 1 : (!escaped && ch == ']' && classDepth > 0) ? -1 : 0;
			escaped = !escaped && ch == '\\';
		}
	}

	/**
	 * A repeated group whose content can match in many ways, such as {@code (a+)+} or
	 * {@code (.*a){12}}, can backtrack exponentially. Origins are cut at 300 characters before any
	 * regex runs, but that is no bound for such an expression. A group repeated with a literal
	 * separator, such as {@code ([a-z]+\.)+}, is not ambiguous and draws no warning.
	 */
	private void warnIfAmbiguousRepetition(int i, String value) {
		if (hasAmbiguousRepetition(value)) {
			warning(Kind.REGEX_AMBIGUOUS_REPETITION, CorsSetting.ALLOWED_ORIGIN_REGEXES, i, value,
					"repeats a group that can match the same text in many ways, which can make matching take exponential time",
					"repeat single characters or classes only, or end each repeated group with a literal such as '\\.'");
		}
	}

	/** A repeated group that ends with a repetition, or holds {@code .*} or {@code .+}. */
	static boolean hasAmbiguousRepetition(String regex) {
		Deque<Integer> groupStarts = new ArrayDeque<>();
		for (int c = 0; c < regex.length(); c++) {
			char ch = regex.charAt(c);
			if (ch == '\\') {
				c++;
			}
			else if (ch == '[') {
				int close = regex.indexOf(']', c + 1);
				c = (close < 0) ? regex.length() : close;
			}
			else if (ch == '(') {
				groupStarts.push(c);
			}
			else if (ch == ')' && !groupStarts.isEmpty()) {
				String group = regex.substring(groupStarts.pop() + 1, c);
				boolean repeated = c + 1 < regex.length() && "*+{".indexOf(regex.charAt(c + 1)) >= 0;
				if (repeated && (endsWithRepetition(group) || group.matches(".*(?<!\\\\)\\.[*+].*"))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean endsWithRepetition(String group) {
		int last = group.length() - 1;
		return last > 0 && "*+}".indexOf(group.charAt(last)) >= 0 && group.charAt(last - 1) != '\\';
	}

	private List<String> methods() {
		List<String> values = this.builder.allowedMethods;
		List<String> result = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value.equals(PolicySettings.ANY)) {
				anyAlone(CorsSetting.ALLOWED_METHODS, values, i, "methods");
			}
			else if (!HttpSyntax.isToken(value)) {
				error(Kind.METHOD_NOT_TOKEN, CorsSetting.ALLOWED_METHODS, i, value,
						"is not a method name (an RFC 9110 token)",
						value.contains(",") ? "write one method per entry" : "write a method such as GET or PUT");
				continue;
			}
			else if (ForbiddenNames.isForbiddenMethod(value)) {
				forbiddenMethod(i, value);
				continue;
			}
			else if (isLowerCaseStandardMethod(value)) {
				miscasedMethod(i, value);
				continue;
			}
			if (!result.contains(value)) {
				result.add(value);
			}
		}
		return List.copyOf(result);
	}

	private void miscasedMethod(int i, String value) {
		String upper = value.toUpperCase(Locale.ROOT);
		if (NORMALISED_METHODS.contains(upper)) {
			// fetch(url, {method: 'delete'}) sends DELETE: the lower-case entry can never match
			error(Kind.METHOD_LOWER_CASE, CorsSetting.ALLOWED_METHODS, i, value, "is a lower-case spelling of " + upper
					+ "; methods are case-sensitive and browsers send " + upper, "write '" + upper + "'");
			return;
		}
		// fetch(url, {method: 'patch'}) sends patch, which PATCH on the server side does not allow
		error(Kind.METHOD_CASE_MISMATCH, CorsSetting.ALLOWED_METHODS, i, value, "is not " + upper + ": browsers send it exactly as the front end"
				+ " wrote it, and '" + value + "' and '" + upper + "' are different methods (methods are case-sensitive)",
				"write '" + upper + "' here and in the front end's fetch call (method: '" + upper + "')");
	}

	/** Fetch standard, section 2.2.1: fetch() throws a TypeError for CONNECT, TRACE and TRACK, in any case. */
	private void forbiddenMethod(int i, String value) {
		error(Kind.FORBIDDEN_METHOD, CorsSetting.ALLOWED_METHODS, i, value, "is a forbidden method (Fetch standard,"
				+ " section 2.2.1): a browser refuses to send " + value.toUpperCase(Locale.ROOT) + " from a page, in any"
				+ " case", "remove it: a browser never lets a page send it, so listing it has no effect");
	}

	private static boolean isLowerCaseStandardMethod(String value) {
		String upper = value.toUpperCase(Locale.ROOT);
		return !upper.equals(value) && STANDARD_METHODS.contains(upper);
	}

	private List<String> allowedHeaders() {
		return headerNames(CorsSetting.ALLOWED_HEADERS, this.builder.allowedHeaders, true);
	}

	private List<String> exposedHeaders() {
		return headerNames(CorsSetting.EXPOSED_HEADERS, this.builder.exposedHeaders, false);
	}

	private List<String> headerNames(CorsSetting setting, List<String> values, boolean lowerCase) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value.equals(PolicySettings.ANY)) {
				anyAlone(setting, values, i, "header names");
			}
			else if (!HttpSyntax.isToken(value)) {
				error(Kind.HEADER_NOT_TOKEN, setting, i, value, "is not a header name (an RFC 9110 token)",
						value.contains(",") ? "write one header name per entry" : "write a name such as X-Request-ID");
				continue;
			}
			else if (lowerCase ? forbiddenRequestHeader(i, value) : forbiddenResponseHeader(i, value)) {
				continue;
			}
			String name = lowerCase ? value.toLowerCase(Locale.ROOT) : value;
			if (result.stream().noneMatch(name::equalsIgnoreCase)) {
				result.add(name);
			}
		}
		return List.copyOf(result);
	}

	/**
	 * Fetch standard, section 2.2.2: a page's fetch() silently drops a forbidden request-header, so
	 * a browser never names it in Access-Control-Request-Headers. The method-override headers are
	 * forbidden only with a forbidden method: allowed, they let a page tunnel any other method.
	 */
	private boolean forbiddenRequestHeader(int i, String value) {
		if (ForbiddenNames.isForbiddenRequestHeader(value)) {
			error(Kind.FORBIDDEN_REQUEST_HEADER, CorsSetting.ALLOWED_HEADERS, i, value, "is a forbidden request-header"
					+ " (Fetch standard, section 2.2.2): a browser sets it itself, or not at all, and never sends a"
					+ " page's value for it", "remove it: a browser never lets a page set it, so listing it has no effect");
			return true;
		}
		if (ForbiddenNames.isMethodOverrideHeader(value)) {
			warning(Kind.METHOD_OVERRIDE_HEADER, CorsSetting.ALLOWED_HEADERS, i, value,
					PolicyMessage.of("lets a page override the method of its request: a server that honours it runs"
							+ " the method it names, which need not be in ", ref(CorsSetting.ALLOWED_METHODS),
							" (browsers refuse only CONNECT, TRACE and TRACK in it)"),
					PolicyMessage.of("remove it, unless the server checks the method it names against ",
							ref(CorsSetting.ALLOWED_METHODS)));
		}
		return false;
	}

	/**
	 * Fetch standard, section 2.2.2: a page never reads a forbidden response-header name, whatever
	 * Access-Control-Expose-Headers says. The CORS protocol's own headers are addressed to the
	 * browser, which acts on them before the page sees the response (section 3.2.3).
	 */
	private boolean forbiddenResponseHeader(int i, String value) {
		if (ForbiddenNames.isForbiddenResponseHeader(value)) {
			error(Kind.FORBIDDEN_RESPONSE_HEADER, CorsSetting.EXPOSED_HEADERS, i, value, "is a forbidden"
					+ " response-header name (Fetch standard, section 2.2.2): a browser filters it out of every response"
					+ " a page sees", "remove it: a browser never lets a page read it, so listing it has no effect");
			return true;
		}
		if (ForbiddenNames.isCorsProtocolHeader(value)) {
			error(Kind.CORS_PROTOCOL_HEADER_EXPOSED, CorsSetting.EXPOSED_HEADERS, i, value, "is a header of the CORS"
					+ " protocol (Fetch standard, section 3.2.3): it is addressed to the browser, which has acted on it"
					+ " before the page sees the response, and Access-Control-Request-* headers are never in a response",
					"remove it: exposing it gives the page nothing that the outcome of its request does not already tell");
			return true;
		}
		return false;
	}

	private @Nullable Duration maxAge() {
		Duration maxAge = this.builder.maxAge;
		if (maxAge == null) {
			return null;
		}
		if (maxAge.isNegative()) {
			error(Kind.MAX_AGE_NEGATIVE, CorsSetting.MAX_AGE, -1, written(maxAge), "is negative",
					"write a duration of zero or more, e.g. 30m");
		}
		else if (maxAge.getNano() != 0) {
			notWholeSeconds(maxAge);
		}
		else if (maxAge.compareTo(CHROMIUM_MAX_AGE_CAP) > 0) {
			warning(Kind.MAX_AGE_ABOVE_CHROMIUM_CAP, CorsSetting.MAX_AGE, -1, written(maxAge),
					"is above 7200 s, the most Chromium caches a preflight; longer values only help Firefox",
					"write at most 2h unless that is what you want");
		}
		// Access-Control-Max-Age and the description hold whole seconds: so does the policy
		return Duration.ofSeconds(maxAge.toSeconds());
	}

	/** Access-Control-Max-Age is a number of seconds (Fetch standard, section 3.2.3): 500ms would be 0. */
	private void notWholeSeconds(Duration maxAge) {
		String value = written(maxAge);
		long sent = maxAge.toSeconds();
		error(Kind.MAX_AGE_NOT_WHOLE_SECONDS, CorsSetting.MAX_AGE, -1, value, "is not a whole number of seconds; Access-Control-Max-Age is in seconds"
				+ " and " + value + " would be sent as " + sent + ((sent == 0) ? ", which turns the preflight cache off" : ""),
				"write 1s or more, e.g. 30m, or 0s to turn caching off on purpose");
	}

	/** A duration as users write it: 90s, or 500ms or 1ns when not whole seconds (ISO for very long ones). */
	private static String written(Duration duration) {
		long seconds = duration.getSeconds();
		if (duration.getNano() == 0) {
			return seconds + "s";
		}
		if (seconds <= -1_000_000 || seconds >= 1_000_000) {
			return duration.toString();
		}
		return (duration.getNano() % 1_000_000 == 0) ? duration.toMillis() + "ms" : duration.toNanos() + "ns";
	}

	private int preflightStatus() {
		int status = this.builder.preflightStatus;
		if (status != 200 && status != 204) {
			error(Kind.PREFLIGHT_STATUS_INVALID, CorsSetting.PREFLIGHT_STATUS, -1, String.valueOf(status), "is not a preflight success status",
					"write 204 (the default) or 200 (for old clients that expect a body)");
		}
		return status;
	}

	private void checkCombinations(PolicySettings settings) {
		boolean credentials = settings.allowCredentials();
		if (settings.anyOrigin() && credentials) {
			error(Kind.ANY_ORIGIN_WITH_CREDENTIALS, CorsSetting.ALLOWED_ORIGINS,
					this.builder.allowedOrigins.indexOf(PolicySettings.ANY), "*",
					PolicyMessage.of("allows any origin together with ", ref(CorsSetting.ALLOW_CREDENTIALS, "true"),
							": browsers refuse that, and reflecting every origin instead would let any site act as the"
									+ " signed-in user"),
					PolicyMessage.of("list your front-end origins, or set ", ref(CorsSetting.ALLOW_CREDENTIALS, "false"),
							" for a public API"));
		}
		if (settings.anyOrigin() && settings.allowPrivateNetwork()) {
			error(Kind.ANY_ORIGIN_WITH_PRIVATE_NETWORK, CorsSetting.ALLOW_PRIVATE_NETWORK, -1, "true",
					PolicyMessage.of("lets any web site reach this private-network service, because ",
							ref(CorsSetting.ALLOWED_ORIGINS), " is '*'"),
					PolicyMessage.of("list the origins that may reach it in ", ref(CorsSetting.ALLOWED_ORIGINS)));
		}
		if (PolicySettings.isAny(settings.exposedHeaders()) && credentials) {
			error(Kind.ANY_EXPOSED_HEADER_WITH_CREDENTIALS, CorsSetting.EXPOSED_HEADERS,
					this.builder.exposedHeaders.indexOf(PolicySettings.ANY), "*",
					"is read literally, as a header named '*', in credentialed responses",
					"list the headers to expose, e.g. ETag, X-Request-ID");
		}
		if (settings.allowsNoOrigin()) {
			warning(Kind.NO_ORIGIN_ALLOWED, CorsSetting.ALLOWED_ORIGINS, -1, "",
					PolicyMessage.text("is empty, so every cross-origin request is rejected"),
					PolicyMessage.of("set ", ref(CorsSetting.ALLOWED_ORIGINS),
							" to your front end's origin, e.g. https://app.example.com"));
		}
		if (settings.allowsNoOrigin() && settings.timingAllowOrigin()) {
			warnTimingWithoutOrigins();
		}
	}

	/**
	 * A warning, not an error: a live origin source may add the origins later, and its table may
	 * be empty for a while; an error would refuse every such snapshot.
	 */
	private void warnTimingWithoutOrigins() {
		warning(Kind.TIMING_ALLOW_ORIGIN_WITHOUT_ORIGINS, CorsSetting.TIMING_ALLOW_ORIGIN, -1, "true",
				PolicyMessage.of("has no effect: no origin is allowed, and Timing-Allow-Origin is sent only with"
						+ " Access-Control-Allow-Origin, so no page sees detailed timing"),
				PolicyMessage.of("set ", ref(CorsSetting.ALLOWED_ORIGINS), " to your front end's origin, or remove ",
						ref(CorsSetting.TIMING_ALLOW_ORIGIN)));
	}

	private void anyAlone(CorsSetting setting, List<String> values, int index, String what) {
		if (values.size() > 1) {
			error(Kind.ANY_MIXED_INTO_LIST, setting, index, "*", "is mixed into a list of " + what + ", where it would silently allow any",
					"write '*' alone to allow any, or remove it and keep the list");
		}
	}

	/** Plain http: in a credentialed policy; loopback hosts, where it is expected, are the caller's to except. */
	private boolean isInsecure(String origin) {
		return this.builder.allowCredentials && origin.startsWith("http://");
	}

	private void warnInsecure(CorsSetting setting, int index, String value) {
		warning(Kind.INSECURE_ORIGIN_WITH_CREDENTIALS, setting, index, value,
				"is plain http: in a credentialed policy; anyone on the network path can inject script"
						+ " into that origin and act as the user",
				"serve the front end over https:// and allow the https:// origin");
	}

	private static boolean isLoopback(String origin) {
		int hostStart = OriginSyntax.hostStart(origin);
		return hostStart > 0 && OriginSyntax.isLoopback(origin.substring(hostStart, OriginSyntax.hostEnd(origin, hostStart)));
	}

	private void error(Kind kind, CorsSetting setting, int index, String value, String problem, String fix) {
		error(kind, setting, index, value, PolicyMessage.text(problem), PolicyMessage.text(fix));
	}

	private void error(Kind kind, CorsSetting setting, int index, String value, PolicyMessage problem,
			PolicyMessage fix) {
		this.errors.add(new PolicyProblem(kind, setting, index, value, problem, fix));
	}

	private void warning(Kind kind, CorsSetting setting, int index, String value, String problem, String fix) {
		warning(kind, setting, index, value, PolicyMessage.text(problem), PolicyMessage.text(fix));
	}

	private void warning(Kind kind, CorsSetting setting, int index, String value, PolicyMessage problem,
			PolicyMessage fix) {
		this.warnings.add(new PolicyProblem(kind, setting, index, value, problem, fix));
	}

}
