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
package io.github.corspolicy.core.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Random inputs, biased toward what breaks parsers of HTTP headers: CR, LF, NUL, commas, spaces and
 * tabs, non-ASCII characters that look like ASCII or fold to it, values far longer than any browser
 * sends, and near-misses of origins built from their fragments.
 * <p>
 * Deterministic: each case draws from its own {@link SplittableRandom}, seeded from the test's fixed
 * seed and the case number. A failure is reported as {@code seed 3, case 417: <input>}, and
 * {@link #forCase(long, int) forCase(3, 417)} replays it. (The generator replaces a property-based
 * testing library whose author asks AI agents not to use it.)
 */
public final class RandomInputs {

	/** The longest value generated: 8 KB, the usual limit of a request header line. */
	public static final int MAX_LENGTH = 8192;

	/** Characters that matter to HTTP parsers: line breaks, NUL, white space and separators. */
	private static final String SEPARATORS = "\r\n\t\u0000 ,;:\"'\\/@[]()<>=?{}*%";

	/**
	 * Cyrillic look-alikes of a, e, o, p, c, x, s and i; characters that case-fold to ASCII (Kelvin
	 * sign, long s, dotless i, dotted capital I); NEL, no-break space, line separator, byte order
	 * mark, fullwidth comma; Latin-1 letters; and an emoji's surrogates, which may come apart.
	 */
	private static final String NON_ASCII = "\u0430\u0435\u043e\u0440\u0441\u0445\u0455\u0456"
			+ "\u212a\u017f\u0131\u0130\u0085\u00a0\u2028\ufeff\uff0c\u00e9\u00fc\ud83d\ude00";

	/** What origins are made of, and what near-misses add: IPv6 brackets, paths, user information, lists. */
	private static final List<String> ORIGIN_FRAGMENTS = List.of("https://", "http://", "HTTPS://", "https:", "//",
			"app.example.com", "example.com", "\u0430pp.example.com", "xn--bcher-kva.example", "localhost",
			"127.0.0.1", "[::1]", "[", "]", "::", ":", ".", "-", "*.", "null", "/", "?", "#", "@", "%2e", ",", ", ",
			" ", "\t", "\r\n", "\u0000");

	/** {@code tchar} of RFC 9110 other than letters and digits. */
	private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

	private static final String LETTERS_DIGITS_HYPHEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";

	private final SplittableRandom random;

	private RandomInputs(SplittableRandom random) {
		this.random = random;
	}

	/**
	 * Checks a property on {@code cases} inputs. Any failure or exception is reported with the seed,
	 * the case number and the input, made printable.
	 */
	public static <T> void forEachCase(long seed, int cases, Function<RandomInputs, T> generator,
			Consumer<T> property) {
		SplittableRandom seeds = new SplittableRandom(seed);
		for (int i = 0; i < cases; i++) {
			T input = generator.apply(new RandomInputs(new SplittableRandom(seeds.nextLong())));
			int index = i;
			assertThatCode(() -> property.accept(input))
				.as(() -> String.format("seed %d, case %d: %s", seed, index, printable(String.valueOf(input), 2000)))
				.doesNotThrowAnyException();
		}
	}

	/** The inputs of one case of {@link #forEachCase}, to replay it. */
	public static RandomInputs forCase(long seed, int index) {
		SplittableRandom seeds = new SplittableRandom(seed);
		for (int i = 0; i < index; i++) {
			seeds.nextLong();
		}
		return new RandomInputs(new SplittableRandom(seeds.nextLong()));
	}

	/** The value with characters other than printable ASCII escaped, and cut after {@code limit}. */
	public static String printable(@Nullable String value, int limit) {
		if (value == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < Math.min(value.length(), limit); i++) {
			char c = value.charAt(i);
			out.append((c >= 0x20 && c < 0x7f) ? String.valueOf(c) : String.format("\\u%04x", (int) c));
		}
		return (value.length() > limit) ? out + "... (" + value.length() + " characters)" : out.toString();
	}

	/** From {@code min} to {@code max}, both included. */
	public int between(int min, int max) {
		return this.random.nextInt(min, max + 1);
	}

	public boolean oneIn(int n) {
		return this.random.nextInt(n) == 0;
	}

	@SafeVarargs
	public final <T> T oneOf(T... values) {
		return values[this.random.nextInt(values.length)];
	}

	public <T> T oneOf(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** One of the choices, each as often as its weight says. */
	@SafeVarargs
	public final <T> T frequency(Weighted<? extends T>... choices) {
		int total = 0;
		for (Weighted<? extends T> choice : choices) {
			total += choice.weight();
		}
		int pick = this.random.nextInt(total);
		for (Weighted<? extends T> choice : choices) {
			pick -= choice.weight();
			if (pick < 0) {
				return choice.value().get();
			}
		}
		throw new IllegalStateException("weights must be positive");
	}

	public static <T> Weighted<T> weight(int weight, Supplier<? extends T> value) {
		return new Weighted<>(weight, value);
	}

	/** The value, or {@code null} in {@code percent} per cent of the cases. */
	public <T> @Nullable T nullOr(int percent, Supplier<T> value) {
		return (this.random.nextInt(100) < percent) ? null : value.get();
	}

	/** From none to {@code maxSize} elements. */
	public <T> List<T> listOf(int maxSize, Supplier<T> element) {
		int size = between(0, maxSize);
		List<T> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(element.get());
		}
		return list;
	}

	/** Any of the strings below: mostly noise, then near-origins, Unicode, very long values and "". */
	public String string() {
		return frequency(weight(4, this::noise), weight(2, this::nearOrigin), weight(1, this::unicode),
				weight(1, this::veryLong), weight(1, () -> ""));
	}

	/** Up to 40 characters, a third of them separators, white space, control or non-ASCII characters. */
	public String noise() {
		int length = between(0, 40);
		StringBuilder noise = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			noise.append(oneIn(3) ? hostileChar() : (char) between(0x20, 0x7e));
		}
		return noise.toString();
	}

	/** A separator or a non-ASCII character. */
	public char hostileChar() {
		String from = oneIn(2) ? SEPARATORS : NON_ASCII;
		return from.charAt(this.random.nextInt(from.length()));
	}

	/** Up to 30 UTF-16 code units of any value, lone surrogates included. */
	public String unicode() {
		int length = between(0, 30);
		StringBuilder unicode = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			unicode.append((char) this.random.nextInt(0x10000));
		}
		return unicode.toString();
	}

	/** From 290 characters to 8 KB: a run of one character, or of characters that matter to origins and lists. */
	public String veryLong() {
		String prefix = oneOf("https://", "http://localhost:", "");
		String alphabet = oneOf(":", "[", ".", ",", "a", "a.,:-1\r");
		int length = between(290, MAX_LENGTH) - prefix.length();
		StringBuilder value = new StringBuilder(MAX_LENGTH).append(prefix);
		for (int i = 0; i < length; i++) {
			value.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return value.toString();
	}

	/** Fragments of origins put together: often almost an origin, rarely one. */
	public String nearOrigin() {
		StringBuilder origin = new StringBuilder(oneIn(4) ? "" : oneOf("https://", "http://"));
		for (int fragments = between(1, 5); fragments > 0; fragments--) {
			origin.append(oneIn(5) ? ":" + port() : oneOf(ORIGIN_FRAGMENTS));
		}
		return origin.toString();
	}

	/** A port as a client may write it: sometimes 0, above 65535 or with leading zeros. */
	public String port() {
		return "0".repeat(oneIn(4) ? between(1, 3) : 0) + between(0, 70_000);
	}

	/** A {@code token} of RFC 9110, 1 to 20 characters: mostly letters, digits and hyphens. */
	public String token() {
		int length = between(1, 20);
		StringBuilder token = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			String from = oneIn(8) ? TOKEN_SYMBOLS : LETTERS_DIGITS_HYPHEN;
			token.append(from.charAt(this.random.nextInt(from.length())));
		}
		return token.toString();
	}

	/** The value with some ASCII letters in the other case. */
	public String withRandomCase(String value) {
		StringBuilder changed = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
			changed.append((letter && oneIn(2)) ? (char) (c ^ 0x20) : c);
		}
		return changed.toString();
	}

	/** Up to {@code maxElements} elements, separated by commas with optional white space and empty elements. */
	public String list(int maxElements, Supplier<String> element) {
		int elements = between(0, maxElements);
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < elements; i++) {
			list.append((i > 0) ? oneOf(",", ", ", " ,\t", ",,", "\t,  ") : "").append(element.get());
		}
		return list.toString();
	}

	/** A request method: mostly a real one, sometimes lower case, a list, or with CR LF or non-ASCII. */
	public String method() {
		return frequency(weight(6, () -> oneOf("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "PROPFIND")),
				weight(2, () -> oneOf("put", "", " ", "GET, PUT", "GET,PUT", "PUT\r\n", "G\u0415T")),
				weight(1, this::noise), weight(1, this::unicode));
	}

	/** A choice for {@link #frequency}: its value, and how often it is picked relative to the others. */
	public record Weighted<T>(int weight, Supplier<? extends T> value) {

	}

}
