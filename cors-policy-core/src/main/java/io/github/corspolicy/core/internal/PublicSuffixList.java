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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The Public Suffix List (https://publicsuffix.org), read once from the copy shipped in this jar
 * ({@code public_suffix_list.dat}, MPL-2.0, unmodified) the first time a policy needs it: never on
 * the request path, never from the network. Implements the list's algorithm: normal, wildcard
 * ({@code *.ck}) and exception ({@code !www.ck}) rules, the default rule {@code *}, and Unicode
 * rules matched in punycode.
 */
final class PublicSuffixList {

	static final String RESOURCE = "public_suffix_list.dat";

	private static final String PRIVATE_MARKER = "// ===BEGIN PRIVATE DOMAINS===";

	/** The section of the list a rule comes from; {@code DEFAULT} is the implicit rule {@code *}. */
	public enum Section {

		ICANN, PRIVATE, DEFAULT

	}

	/** The public suffix of a host and the section of the rule that decided it. */
	public record Suffix(String domain, Section section) {
	}

	private static final Comparator<Suffix> MESSAGE_ORDER = Comparator
		.comparing((Suffix rule) -> rule.section() != Section.ICANN)
		.thenComparingInt(rule -> rule.domain().length())
		.thenComparing(Suffix::domain);

	private final Map<String, Section> rules = new HashMap<>();

	private final Map<String, Section> wildcards = new HashMap<>();

	private final Map<String, Section> exceptions = new HashMap<>();

	/** For each domain that has public-suffix rules below it, one of them. */
	private final Map<String, Suffix> below = new HashMap<>();

	private PublicSuffixList() {
	}

	/** The shipped list, parsed on first use. */
	public static PublicSuffixList shipped() {
		return Shipped.LIST;
	}

	static PublicSuffixList parse(BufferedReader reader) throws IOException {
		PublicSuffixList list = new PublicSuffixList();
		Section section = Section.ICANN;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			String rule = line.strip();
			if (rule.startsWith(PRIVATE_MARKER)) {
				section = Section.PRIVATE;
			}
			else if (!rule.isEmpty() && !rule.startsWith("//")) {
				list.add(rule, section);
			}
		}
		list.indexRulesBelow();
		return list;
	}

	private void add(String rule, Section section) {
		// the list's own format: a rule is the first white-space-free word of its line
		int space = rule.indexOf(' ');
		String word = (space < 0) ? rule : rule.substring(0, space);
		if (word.startsWith("!")) {
			this.exceptions.put(toAscii(word.substring(1)), section);
		}
		else if (word.startsWith("*.")) {
			this.wildcards.put(toAscii(word.substring(2)), section);
		}
		else {
			this.rules.put(toAscii(word), section);
		}
	}

	private static String toAscii(String domain) {
		// java.net.IDN is slow; only the few hundred Unicode rules need it
		boolean ascii = domain.chars().allMatch(c -> c < 0x80);
		return (ascii ? domain : IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED)).toLowerCase(Locale.ROOT);
	}

	/** The number of rules of each kind, for tests: normal, wildcard, exception. */
	int[] sizes() {
		return new int[] { this.rules.size(), this.wildcards.size(), this.exceptions.size() };
	}

	/**
	 * The public suffix of a lower-case ASCII host name, as the list's algorithm defines it: an
	 * exception rule prevails, then the rule with the most labels, then {@code *}.
	 */
	public Suffix publicSuffix(String host) {
		for (int start = 0; start >= 0; start = nextLabel(host, start)) {
			Section exception = this.exceptions.get(host.substring(start));
			if (exception != null) {
				return new Suffix(host.substring(nextLabel(host, start)), exception);
			}
		}
		for (int start = 0; start >= 0; start = nextLabel(host, start)) {
			Suffix match = matchAt(host, start);
			if (match != null) {
				return match;
			}
		}
		int last = host.lastIndexOf('.');
		return new Suffix(host.substring(last + 1), Section.DEFAULT);
	}

	private @Nullable Suffix matchAt(String host, int start) {
		String candidate = host.substring(start);
		Section section = this.rules.get(candidate);
		int parent = nextLabel(host, start);
		if (section == null && parent > 0) {
			section = this.wildcards.get(host.substring(parent));
		}
		return (section != null) ? new Suffix(candidate, section) : null;
	}

	/** The registrable domain of {@code host} (its public suffix and one label more), or null. */
	public @Nullable String registrableDomain(String host) {
		String suffix = publicSuffix(host).domain();
		if (suffix.length() >= host.length()) {
			return null;
		}
		int dot = host.lastIndexOf('.', host.length() - suffix.length() - 2);
		return host.substring(dot + 1);
	}

	/**
	 * A public-suffix rule strictly below {@code domain}, such as {@code s3.amazonaws.com} below
	 * {@code amazonaws.com}, or {@code *.kawasaki.jp} below {@code kawasaki.jp}: proof that names
	 * under {@code domain} belong to different owners. Null when there is none.
	 */
	public @Nullable Suffix ruleBelow(String domain) {
		return this.below.get(domain);
	}

	private void indexRulesBelow() {
		this.rules.forEach((rule, section) -> addBelow(rule, nextLabel(rule, 0), new Suffix(rule, section)));
		this.wildcards.forEach((base, section) -> addBelow(base, 0, new Suffix("*." + base, section)));
	}

	/** Records {@code rule} as lying below {@code domain} from {@code start} and every parent of it. */
	private void addBelow(String domain, int start, Suffix rule) {
		for (int i = start; i >= 0; i = nextLabel(domain, i)) {
			// an ICANN rule below decides: no opt-in lifts it
			this.below.merge(domain.substring(i), rule, PublicSuffixList::stronger);
		}
	}

	/** The rule to name in messages: an ICANN one first, then the shortest, so messages are stable. */
	private static Suffix stronger(Suffix known, Suffix added) {
		return (MESSAGE_ORDER.compare(known, added) <= 0) ? known : added;
	}

	private static int nextLabel(String host, int start) {
		int dot = host.indexOf('.', start);
		return (dot < 0) ? -1 : dot + 1;
	}

	/** Holds the shipped list: the JVM loads this class, and so reads the file, on first use only. */
	private static final class Shipped {

		static final PublicSuffixList LIST = load();

		private static PublicSuffixList load() {
			try (InputStream in = PublicSuffixList.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException(RESOURCE + " is missing from the cors-policy-core jar");
				}
				return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
			}
		}

	}

}
