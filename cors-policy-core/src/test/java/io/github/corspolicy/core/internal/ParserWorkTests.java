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
package io.github.corspolicy.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.internal.OriginMatcher.Verdict;
import io.github.corspolicy.core.internal.RequestedHeaders.Problem;
import io.github.corspolicy.core.internal.RequestedHeaders.Problem.Kind;
import io.github.corspolicy.core.testsupport.CountingCharSequence;
import io.github.corspolicy.core.testsupport.RandomInputs;

import static io.github.corspolicy.core.testsupport.RandomInputs.forEachCase;
import static io.github.corspolicy.core.testsupport.RandomInputs.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The parsers of request values do work in proportion to the value, however hostile: they are
 * measured by the characters they examine, not by the time they take. They never throw, and never
 * copy the value, except the one element a problem report names.
 */
class ParserWorkTests {

	private static final int MAX_LENGTH = OriginSyntax.MAX_LENGTH;

	private static final int MAX_ELEMENTS = RequestedHeaders.MAX_ELEMENTS;

	/** {@code token} of RFC 9110, written out independently of the code under test. */
	private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	/** Names that requests ask for and policies allow. */
	private static final List<String> COMMON_NAMES = List.of("content-type", "x-request-id", "authorization",
			"accept-language", "x-header-42");

	/** Non-ASCII characters that look like ASCII letters, or map to them in some Unicode case mapping. */
	private static final Map<Character, Character> LOOK_ALIKES = Map.of('k', '\u212a', 'K', '\u212a', 's', '\u017f',
			'i', '\u0131', 'I', '\u0130', 'a', '\u0430', 'e', '\u0435', 'o', '\u043e', 'c', '\u0441', 'x', '\u0445');

	@ParameterizedTest
	@MethodSource
	void isWellFormedExaminesAtMostThreeCharactersPerCharacterOfAnAdversarialValue(String value) {
		CountingCharSequence origin = CountingCharSequence.strict(value);
		OriginSyntax.isWellFormed(origin);
		assertThat(origin.charsExamined()).isLessThanOrEqualTo(originWorkBound(value.length()));
		assertThat(origin.lengthCalls()).isLessThanOrEqualTo(5);
	}

	static Stream<Arguments> isWellFormedExaminesAtMostThreeCharactersPerCharacterOfAnAdversarialValue() {
		return Stream.of(
				argumentSet("7 KB of a host name", "https://" + "a".repeat(7000) + ".example.com"),
				argumentSet("one character more than any origin", "https://" + "a".repeat(MAX_LENGTH - 8 + 1)),
				argumentSet("300 colons", ":".repeat(300)),
				argumentSet("300 opening brackets", "[".repeat(300)),
				argumentSet("300 dots", ".".repeat(300)),
				argumentSet("a scheme of 296 letters", "a".repeat(296) + "://a"),
				argumentSet("a scheme of 300 letters and no host", "a".repeat(297) + "://"),
				argumentSet("colons after the scheme", "https://" + ":".repeat(292)),
				argumentSet("opening brackets after the scheme", "https://" + "[".repeat(292)),
				argumentSet("dots after the scheme", "https://" + ".".repeat(292)),
				argumentSet("an IPv6 literal of 290 colons", "https://[" + ":".repeat(290) + "]"),
				argumentSet("an IPv6 literal of 287 colons and a port", "https://[" + ":".repeat(287) + "]:1"),
				argumentSet("an unclosed IPv6 literal", "https://[" + "a".repeat(291)),
				argumentSet("a bracket and 291 colons", "https://[" + ":".repeat(291)),
				argumentSet("a host of 286 letters and the highest port", "https://" + "a".repeat(286) + ":65535"),
				argumentSet("a port with 290 leading zeros", "https://a:" + "0".repeat(290)),
				argumentSet("a run of 290 dots after a label", "https://a" + ".".repeat(290)),
				argumentSet("a host of 286 digits, which must be an IPv4 address", "https://" + "1".repeat(286) + ":1"),
				argumentSet("146 dotted numbers", "http://" + "1.".repeat(145) + "1"),
				argumentSet("a last label of 0x and 280 hexadecimal digits", "https://a.0x" + "f".repeat(280)),
				argumentSet("an IPv6 literal of 145 zero pieces", "http://[" + "0:".repeat(144) + "0]"),
				argumentSet("an IPv6 literal of 58 full pieces", "https://[" + "ffff:".repeat(58) + "]"),
				argumentSet("an IPv6 literal of 145 '::'", "http://[" + "::".repeat(145) + "]"),
				argumentSet("a scheme of 296 upper-case letters", "A".repeat(296) + "://a"),
				argumentSet("a host of 292 underscores", "https://" + "_".repeat(292)),
				argumentSet("a host of 286 hyphens and the default port", "http://" + "-".repeat(286) + ":80"),
				argumentSet("an empty value", ""));
	}

	@Test
	void isWellFormedExaminesNoCharacterOfAValueLongerThanAnyOrigin() {
		forEachCase(11, 1000, ParserWorkTests::longerThanAnyOrigin, value -> {
			CountingCharSequence origin = CountingCharSequence.strict(value);
			assertThat(OriginSyntax.isWellFormed(origin)).isFalse();
			assertThat(origin.charsExamined()).isZero();
		});
	}

	@Test
	void isWellFormedExaminesAtMostThreeCharactersPerCharacterOfAnyValue() {
		forEachCase(12, 2000, ParserWorkTests::originLike, value -> {
			CountingCharSequence origin = CountingCharSequence.strict(value);
			OriginSyntax.isWellFormed(origin);
			assertThat(origin.charsExamined()).isLessThanOrEqualTo(originWorkBound(value.length()));
			assertThat(origin.lengthCalls()).isLessThanOrEqualTo(5);
		});
	}

	@Test
	void checkExaminesAtMostFiveCharactersPerCharacterOfAnyListAndCopiesOnlyAnElementItReports() {
		forEachCase(13, 2000, random -> new HeaderCheck(anyHeaderList(random), headerNames(random, 12),
				random.oneIn(3)), check -> {
			CountingCharSequence list = CountingCharSequence.allowingCopiesForReports(check.list());
			Problem problem = RequestedHeaders.check(list, check.allowed());
			assertThat(list.charsExamined()).isLessThanOrEqualTo(5 * check.list().length() + 10);
			assertThat(list.lengthCalls()).isLessThanOrEqualTo(5);
			boolean namesAnElement = problem != null && problem.kind() != Kind.TOO_MANY;
			assertThat(list.copies()).as("copies for %s", problem).isEqualTo(namesAnElement ? 1 : 0);
		});
	}

	@Test
	void checkOfAListOfCommasExaminesTheSameFewCharactersHoweverLongTheList() {
		int examined = examinedChecking(",".repeat(MAX_ELEMENTS + 1));
		assertThat(examined).isLessThanOrEqualTo(2 * (MAX_ELEMENTS + 1));
		assertThat(examinedChecking(",".repeat(1024))).isEqualTo(examined);
		assertThat(examinedChecking(",".repeat(100_000))).isEqualTo(examined);
	}

	@Test
	void checkReadsNothingAfterTheElementBeyondTheMaximum() {
		forEachCase(14, 1000, random -> new HeaderCheck(tooLongHeaderList(random) + random.string(),
				headerNames(random, 12), random.oneIn(3)), check -> {
			CountingCharSequence list = CountingCharSequence.allowingCopiesForReports(check.list());
			RequestedHeaders.check(list, check.allowed());
			int cutOff = indexOfComma(check.list(), MAX_ELEMENTS + 1);
			assertThat(list.highestIndex()).isLessThanOrEqualTo(cutOff);
			assertThat(list.charsExamined()).isLessThanOrEqualTo(5 * (cutOff + 1) + 10);
		});
	}

	@Test
	void checkAgreesWithAReferenceReadingOfTheList() {
		Map<String, Integer> outcomes = new TreeMap<>();
		forEachCase(15, 2000, random -> {
			List<String> names = new ArrayList<>(headerNames(random, 12));
			names.addAll(random.oneIn(3) ? List.of() : COMMON_NAMES);
			return new HeaderCheck(tokenList(random), names, random.oneIn(4));
		}, check -> {
			Problem problem = RequestedHeaders.check(check.list(), check.allowed());
			assertThat(problem).isEqualTo(reference(check.list(), check.allowedLowerCase()));
			outcomes.merge((problem != null) ? problem.kind().toString() : "accepted", 1, Integer::sum);
		});
		assertThat(outcomes).as("seed 15: %s", outcomes)
			.containsOnlyKeys("accepted", "NOT_A_TOKEN", "NOT_ALLOWED", "TOO_MANY")
			.allSatisfy((outcome, count) -> assertThat(count).as(outcome).isGreaterThanOrEqualTo(30));
	}

	@Test
	void containsAgreesWithASetOfLowerCaseNamesAndExaminesOnlyItsRegionAFewTimes() {
		forEachCase(16, 2000, ParserWorkTests::probe, probe -> {
			CountingCharSequence value = CountingCharSequence.strict(probe.value());
			boolean contained = probe.set().contains(value, probe.from(), probe.to());
			assertThat(contained).isEqualTo(probe.expected());
			int length = probe.to() - probe.from();
			// one pass to hash the region, one per name of its length met while probing: 2.9n at most, measured
			assertThat(value.charsExamined()).isLessThanOrEqualTo(4 * length + 4);
			if (value.charsExamined() > 0) {
				assertThat(value.lowestIndex()).isGreaterThanOrEqualTo(probe.from());
				assertThat(value.highestIndex()).isLessThan(probe.to());
			}
		});
	}

	@ParameterizedTest
	@MethodSource
	void containsNeverMatchesANonAsciiNameThatUnicodeCaseMappingWouldMatch(String requested, String allowed) {
		HeaderNameSet names = new HeaderNameSet(List.of(allowed));
		assertThat(names.contains(requested, 0, requested.length())).isFalse();
	}

	static Stream<Arguments> containsNeverMatchesANonAsciiNameThatUnicodeCaseMappingWouldMatch() {
		return Stream.of(
				// "\u212a".toLowerCase() is "k"
				argumentSet("the Kelvin sign for k", "\u212aey", "key"),
				// equalsIgnoreCase compares upper-case forms: "\u0131" and "\u017f" become I and S
				argumentSet("a dotless i for i", "author\u0131zation", "authorization"),
				argumentSet("a long s for s", "x-\u017fecret", "x-secret"),
				argumentSet("a dotted capital I for i", "x-\u0130d", "x-id"),
				argumentSet("the Kelvin sign for K", "\u212a", "K"),
				argumentSet("a Cyrillic x, which only looks like x", "\u0445-request-id", "x-request-id"));
	}

	@ParameterizedTest
	@MethodSource
	void matchOfAPolicyWithPathologicalRegexesCompletesWhateverTheOrigin(String origin, Verdict verdict) {
		OriginMatcher matcher = new OriginMatcher(false, new ExactOriginSet(0), List.of(), List.of(Pattern.compile("(a+)+b"),
				Pattern.compile("https://(.*)*\\.example\\.com"), Pattern.compile("https://(a+)+\\.example\\.com")));
		// a safety net only: the bound is the verdict, reached before any regex for a long value
		assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> matcher.match(origin))).isEqualTo(verdict);
	}

	static Stream<Arguments> matchOfAPolicyWithPathologicalRegexesCompletesWhateverTheOrigin() {
		String host = ".example.com";
		return Stream.of(
				argumentSet("7 KB that the nested quantifiers would backtrack on",
						"https://" + "a".repeat(7000) + ".example.co", Verdict.TOO_LONG),
				argumentSet("7 KB of a's", "a".repeat(7000), Verdict.TOO_LONG),
				argumentSet("one character more than any origin",
						"https://" + "a".repeat(MAX_LENGTH - 8 - host.length() + 1) + host, Verdict.TOO_LONG),
				argumentSet("300 a's, which is not an origin", "a".repeat(MAX_LENGTH), Verdict.MALFORMED),
				argumentSet("a near-miss of 300 characters",
						"https://" + "a".repeat(MAX_LENGTH - 8 - host.length() + 1) + ".example.co", Verdict.NOT_ALLOWED),
				argumentSet("a match of 300 characters", "https://" + "a".repeat(MAX_LENGTH - 8 - host.length()) + host,
						Verdict.ALLOWED));
	}

	/**
	 * None beyond the maximum length; up to it, 2n characters for a value of n as measured, and 3n
	 * for a host whose last label is a long number (read as a name, then as a number), asserted
	 * with a margin.
	 */
	private static int originWorkBound(int length) {
		return (length > MAX_LENGTH) ? 0 : 3 * length + 10;
	}

	private static int examinedChecking(String list) {
		CountingCharSequence counting = CountingCharSequence.strict(list);
		RequestedHeaders.check(counting, null);
		return counting.charsExamined();
	}

	/** The index of the {@code n}th comma, or the length when there are fewer. */
	private static int indexOfComma(String list, int n) {
		int index = -1;
		for (int found = 0; found < n; found++) {
			index = list.indexOf(',', index + 1);
			if (index < 0) {
				return list.length();
			}
		}
		return index;
	}

	/**
	 * {@code Access-Control-Request-Headers} read by the book: split at commas, without optional
	 * white space and empty elements, at most {@code MAX_ELEMENTS} elements (empty ones count),
	 * each a token in the set when there is one.
	 */
	private static @Nullable Problem reference(String list, @Nullable Set<String> allowedLowerCase) {
		String[] elements = list.split(",", -1);
		for (int i = 0; i < elements.length; i++) {
			if (i == MAX_ELEMENTS) {
				return new Problem(Kind.TOO_MANY, String.valueOf(MAX_ELEMENTS));
			}
			String element = elements[i].replaceAll("^[ \\t]+|[ \\t]+$", "");
			if (element.isEmpty()) {
				continue;
			}
			if (!TOKEN.matcher(element).matches()) {
				return new Problem(Kind.NOT_A_TOKEN, element);
			}
			if (allowedLowerCase != null && !allowedLowerCase.contains(element.toLowerCase(Locale.ROOT))) {
				return new Problem(Kind.NOT_ALLOWED, element);
			}
		}
		return null;
	}

	private static String longerThanAnyOrigin(RandomInputs random) {
		StringBuilder value = new StringBuilder(random.frequency(weight(2, random::veryLong),
				weight(1, () -> "https://" + "a".repeat(random.between(MAX_LENGTH - 8 - 11, RandomInputs.MAX_LENGTH))
						+ ".example.com"),
				weight(1, random::nearOrigin)));
		while (value.length() <= MAX_LENGTH) {
			value.append(random.nearOrigin());
		}
		return value.toString();
	}

	/** Origins, near-origins repeated up to the maximum length and beyond, and hostile strings. */
	private static String originLike(RandomInputs random) {
		return random.frequency(weight(3, random::nearOrigin), weight(3, () -> {
			String nearOrigin = random.nearOrigin().repeat(random.between(1, 60));
			return nearOrigin.substring(0, Math.min(nearOrigin.length(), random.between(0, MAX_LENGTH + 1)));
		}), weight(2, random::string));
	}

	private static List<String> headerNames(RandomInputs random, int maxSize) {
		return random.listOf(maxSize, () -> random.frequency(weight(3, random::token),
				weight(1, () -> "x-header-" + random.between(10, 99)),
				weight(1, () -> random.oneOf("Content-Type", "X-Request-ID", "Authorization", "Accept-Language"))));
	}

	/** Lists that a parser might choke on: long, hostile, or of tokens with white space and empty elements. */
	private static String anyHeaderList(RandomInputs random) {
		return random.frequency(weight(3, () -> tokenList(random)), weight(1, random::string),
				weight(1, () -> random.list(200, random::noise)), weight(1, () -> tooLongHeaderList(random)),
				weight(1, () -> random.oneOf(",", " ", "\t", " ,").repeat(random.between(1, 4096))));
	}

	/** Between 101 and 300 elements: more than any browser sends. */
	private static String tooLongHeaderList(RandomInputs random) {
		List<String> elements = new ArrayList<>();
		for (int count = random.between(MAX_ELEMENTS + 1, 3 * MAX_ELEMENTS); count > 0; count--) {
			elements.add(random.oneIn(10) ? random.noise() : random.oneOf("", " ", "content-type", random.token()));
		}
		return String.join(random.oneOf(",", ", ", " ,\t"), elements) + ",";
	}

	/**
	 * Common names in any case, white space and empty elements; now and then another token, a
	 * look-alike or a value that is not a token. Short lists mostly, sometimes around the maximum.
	 */
	private static String tokenList(RandomInputs random) {
		boolean nearTheMaximum = random.oneIn(4);
		int common = nearTheMaximum ? 400 : 16;
		return random.list(nearTheMaximum ? 130 : 8, () -> random.frequency(
				weight(common, () -> random.withRandomCase(random.oneOf(COMMON_NAMES))),
				weight(common / 4, () -> random.oneOf("", " ", "\t", " \t ")), weight(2, random::token),
				weight(1, () -> lookAlike(random, random.oneOf(COMMON_NAMES))),
				weight(1, () -> random.token() + random.hostileChar() + random.token())));
	}

	/** The name with one letter replaced by a non-ASCII look-alike, when it has one. */
	private static String lookAlike(RandomInputs random, String name) {
		List<Integer> replaceable = new ArrayList<>();
		for (int i = 0; i < name.length(); i++) {
			if (LOOK_ALIKES.containsKey(name.charAt(i))) {
				replaceable.add(i);
			}
		}
		if (replaceable.isEmpty()) {
			return name;
		}
		int at = random.oneOf(replaceable);
		return name.substring(0, at) + LOOK_ALIKES.get(name.charAt(at)) + name.substring(at + 1);
	}

	/** A name to look up in a random set, cut out of a longer value. */
	private static Probe probe(RandomInputs random) {
		List<String> names = headerNames(random, 30);
		String name = random.frequency(weight(3, () -> names.isEmpty() ? "" : random.withRandomCase(random.oneOf(names))),
				weight(2, () -> names.isEmpty() ? "" : withOneCharacterChanged(random, random.oneOf(names))),
				weight(2, () -> names.isEmpty() ? "" : lookAlike(random, random.withRandomCase(random.oneOf(names)))),
				weight(1, random::token), weight(1, random::noise), weight(1, () -> ""));
		String before = random.oneOf("", "accept, ", ",", random.noise());
		String after = random.oneOf("", ", accept", ",", random.noise());
		Set<String> lowerCase = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
		// ASCII case only: a non-ASCII name never matches, whatever Unicode case mapping says
		boolean expected = name.chars().allMatch(c -> c < 0x80) && lowerCase.contains(name.toLowerCase(Locale.ROOT));
		return new Probe(new HeaderNameSet(names), names, before + name + after, before.length(),
				before.length() + name.length(), expected);
	}

	private static String withOneCharacterChanged(RandomInputs random, String name) {
		int at = random.between(0, name.length() - 1);
		char replacement = random.oneIn(2) ? random.hostileChar() : (char) random.between(0x21, 0x7e);
		return name.substring(0, at) + replacement + name.substring(at + 1);
	}

	/** A list to check, and the allowed names unless any name is allowed. */
	record HeaderCheck(String list, List<String> names, boolean anyName) {

		@Nullable HeaderNameSet allowed() {
			return this.anyName ? null : new HeaderNameSet(this.names);
		}

		@Nullable Set<String> allowedLowerCase() {
			if (this.anyName) {
				return null;
			}
			Set<String> lowerCase = new HashSet<>();
			this.names.forEach(name -> lowerCase.add(name.toLowerCase(Locale.ROOT)));
			return lowerCase;
		}

		@Override
		public String toString() {
			return "'" + RandomInputs.printable(this.list, 300) + "' against " + (this.anyName ? "any name" : this.names);
		}

	}

	/** The region {@code value[from, to)} to look up in {@code set}, and the reference's answer. */
	record Probe(HeaderNameSet set, List<String> names, String value, int from, int to, boolean expected) {

		@Override
		public String toString() {
			return "'" + RandomInputs.printable(this.value, 300) + "' [" + this.from + ", " + this.to + ") in "
					+ this.names + ", expected " + this.expected;
		}

	}

}
