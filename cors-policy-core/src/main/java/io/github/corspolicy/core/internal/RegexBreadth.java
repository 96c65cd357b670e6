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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.internal.PublicSuffixList.Section;
import io.github.corspolicy.core.internal.PublicSuffixList.Suffix;
import io.github.corspolicy.core.internal.RegexHost.Branch;
import io.github.corspolicy.core.internal.SiteBreadth.Kind;
import io.github.corspolicy.core.internal.SiteBreadth.Verdict;

/**
 * How many sites an origin regex admits, decided two ways at build time. First its host is read
 * from the end ({@link RegexHost}): a suffix that starts at a label boundary bounds the regex to
 * the domain after it, unless that domain is a public suffix or has public suffixes below it.
 * Then the compiled regex is run against canary origins of unrelated sites, built in and built
 * from the suffixes read: any match makes the regex broad, whatever the reading said.
 */
public final class RegexBreadth {

	private static final String FIX = "anchor the host to your own domain, e.g. https://[a-z0-9-]+\\.example\\.com";

	/** Origins of sites nobody configures on purpose: other TLDs, both schemes, ports, IP literals. */
	private static final List<String> CANARIES = List.of("https://evil.example", "http://evil.example",
			"https://evil.example:8443", "https://evil.com", "http://evil.com:8080", "https://attacker.org",
			"https://evil.net", "https://evil.io", "https://evil.dev", "https://evil.app", "https://evil.co.uk",
			"https://a.b.c.evil.example", "https://evil-app.example", "https://xn--vl-dma.example",
			"http://localhost.evil.example", "https://203.0.113.7", "http://198.51.100.1:8080",
			"https://[2001:db8::1]", "http://[2001:db8::1]:8080");

	private RegexBreadth() {
	}

	/** The breadth of {@code regex}, compiled as {@code compiled}. */
	public static Verdict of(String regex, Pattern compiled) {
		List<Branch> branches = RegexHost.read(regex);
		List<Branch> read = (branches != null) ? branches : List.of();
		Set<String> own = new LinkedHashSet<>();
		Verdict byReading = Verdict.BOUNDED;
		for (Branch branch : read) {
			Verdict verdict = ofBranch(branch, own);
			if (verdict.isBroad() && (!byReading.isBroad() || byReading.privateSuffix())) {
				byReading = verdict;
			}
		}
		Verdict byCanary = probe(compiled, canaries(read), own);
		return byCanary.isBroad() ? byCanary : byReading;
	}

	/** The breadth of one alternative; adds the registrable domain it is bounded to to {@code own}. */
	private static Verdict ofBranch(Branch branch, Set<String> own) {
		String suffix = branch.suffix();
		boolean dot = suffix.startsWith(".");
		String domain = dot ? suffix.substring(1) : branch.boundary() ? suffix : afterFirstDot(suffix);
		if (branch.afterScheme() || branch.finitePrefix() || domain.isEmpty()) {
			// a finite list of named hosts, or nothing to read: the canaries decide
			return Verdict.BOUNDED;
		}
		Suffix rule = SiteBreadth.publicSuffixAtOrBelow(domain);
		if (rule == null) {
			String registrable = PublicSuffixList.shipped().registrableDomain(domain);
			own.add((registrable != null) ? registrable : domain);
			return Verdict.BOUNDED;
		}
		if (!dot && !branch.boundary()) {
			// 'app.example\.com' also matches 'appxexample.com': unrelated sites, no opt-in
			return new Verdict(Kind.UNRELATED_SITES, domain, false, "matches hosts that merely end in '" + suffix
					+ "', so names of unrelated sites under '" + domain + "' too", FIX);
		}
		String problem = rule.domain().equals(domain)
				? "matches names under '" + domain + "', a public suffix where anyone can own a name"
				: "matches names under '" + domain + "', which has public suffixes such as '" + rule.domain()
						+ "' below it, where anyone can own a name";
		return new Verdict(Kind.PUBLIC_SUFFIX, domain, rule.section() == Section.PRIVATE, problem, FIX);
	}

	private static String afterFirstDot(String suffix) {
		int dot = suffix.indexOf('.');
		return (dot < 0) ? "" : suffix.substring(dot + 1);
	}

	/** The built-in canaries, and ones made from each suffix read: {@code https://evilexample.com}... */
	static List<String> canaries(List<Branch> branches) {
		Set<String> canaries = new LinkedHashSet<>(CANARIES);
		for (Branch branch : branches) {
			String fragment = branch.suffix().startsWith(".") ? branch.suffix().substring(1) : branch.suffix();
			if (fragment.isEmpty() || fragment.startsWith(".")) {
				continue;
			}
			for (String scheme : List.of("https://", "http://")) {
				canaries.add(scheme + "evil" + fragment);
				canaries.add(scheme + "evil-" + fragment);
				canaries.add(scheme + "x" + fragment);
				canaries.add(scheme + fragment + ".evil.example");
				canaries.add(scheme + fragment.replace('.', '-') + ".evil.example");
				canaries.add(scheme + fragment.replace(".", "") + ".evil.example");
			}
			for (String loose : branch.loose()) {
				canaries.add("https://" + loose);
				canaries.add("http://" + loose);
				canaries.add("https://evil" + loose);
			}
		}
		return new ArrayList<>(canaries);
	}

	private static Verdict probe(Pattern compiled, List<String> canaries, Set<String> own) {
		for (String canary : canaries) {
			if (isOwn(canary, own)) {
				continue;
			}
			Boolean matches = BoundedMatch.matches(compiled, canary);
			if (matches == null) {
				return new Verdict(Kind.UNCHECKED, canary, false,
						"could not be checked against origins of unrelated sites: matching " + canary + " took more than "
								+ BoundedMatch.STEP_LIMIT + " steps",
						"simplify the expression and " + FIX);
			}
			if (matches) {
				return new Verdict(Kind.UNRELATED_SITES, canary, false,
						"matches origins of unrelated sites such as " + canary, FIX);
			}
		}
		return Verdict.BOUNDED;
	}

	/** Whether a canary falls, after all, under a registrable domain the regex is bounded to. */
	private static boolean isOwn(String canary, Set<String> own) {
		int hostStart = canary.indexOf("://") + 3;
		int portStart = canary.indexOf(':', hostStart);
		String host = canary.substring(hostStart, (portStart < 0) ? canary.length() : portStart);
		@Nullable String registrable = host.startsWith("[") ? null : PublicSuffixList.shipped().registrableDomain(host);
		return registrable != null && own.contains(registrable);
	}

}
