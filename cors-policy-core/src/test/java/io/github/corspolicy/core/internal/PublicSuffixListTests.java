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
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.internal.PublicSuffixList.Section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The Public Suffix List algorithm (https://publicsuffix.org/list/): normal, wildcard and exception
 * rules, the default rule, the ICANN and PRIVATE sections, IDN rules in punycode; and the shipped
 * copy of the list itself.
 */
class PublicSuffixListTests {

	/** A list in the file's format, with the rule shapes of the real one. */
	private static final String SAMPLE = """
			// This Source Code Form is subject to the terms of the Mozilla Public
			// ===BEGIN ICANN DOMAINS===
			com
			uk
			co.uk
			jp
			// kawasaki.jp: every name below is a registry, except the city's own
			*.kawasaki.jp
			!city.kawasaki.jp
			*.ck
			!www.ck
			公司.cn
			cn
			// ===END ICANN DOMAINS===
			// ===BEGIN PRIVATE DOMAINS===
			s3.amazonaws.com
			*.r.appspot.com
			appspot.com
			a.run.app
			github.io
			// ===END PRIVATE DOMAINS===
			""";

	private static final PublicSuffixList LIST = parse(SAMPLE);

	@ParameterizedTest
	@MethodSource
	void thePublicSuffixOfAHostFollowsTheListsAlgorithm(String host, String suffix, Section section) {
		assertThat(LIST.publicSuffix(host)).isEqualTo(new PublicSuffixList.Suffix(suffix, section));
	}

	static Stream<Arguments> thePublicSuffixOfAHostFollowsTheListsAlgorithm() {
		return Stream.of(
				argumentSet("a TLD is its own suffix", "com", "com", Section.ICANN),
				argumentSet("a name under a TLD", "example.com", "com", Section.ICANN),
				argumentSet("a deeper name under a TLD", "a.b.example.com", "com", Section.ICANN),
				argumentSet("the longest matching rule prevails", "shop.co.uk", "co.uk", Section.ICANN),
				argumentSet("an unlisted TLD falls to the default rule '*'", "evil.example", "example",
						Section.DEFAULT),
				argumentSet("a wildcard rule makes every next label a suffix", "foo.kawasaki.jp", "foo.kawasaki.jp",
						Section.ICANN),
				argumentSet("a name below a wildcard suffix", "a.foo.kawasaki.jp", "foo.kawasaki.jp", Section.ICANN),
				argumentSet("an exception rule prevails over the wildcard", "city.kawasaki.jp", "kawasaki.jp",
						Section.ICANN),
				argumentSet("a name below an exception", "www.city.kawasaki.jp", "kawasaki.jp", Section.ICANN),
				argumentSet("the wildcard base itself is under the TLD rule", "kawasaki.jp", "jp", Section.ICANN),
				argumentSet("*.ck makes any name under ck a suffix", "evil.ck", "evil.ck", Section.ICANN),
				argumentSet("!www.ck makes www.ck registrable", "www.ck", "ck", Section.ICANN),
				argumentSet("a private rule", "bucket.s3.amazonaws.com", "s3.amazonaws.com", Section.PRIVATE),
				argumentSet("a private wildcard rule", "app.uc.r.appspot.com", "uc.r.appspot.com", Section.PRIVATE),
				argumentSet("a private rule of three labels", "svc.a.run.app", "a.run.app", Section.PRIVATE),
				argumentSet("a name above a private rule keeps the ICANN suffix", "amazonaws.com", "com",
						Section.ICANN),
				argumentSet("a Unicode rule matches in punycode", "shop.xn--55qx5d.cn", "xn--55qx5d.cn",
						Section.ICANN));
	}

	@ParameterizedTest
	@MethodSource
	void theRegistrableDomainIsTheSuffixAndOneLabelMore(String host, String registrable) {
		assertThat(LIST.registrableDomain(host)).isEqualTo(registrable);
	}

	static Stream<Arguments> theRegistrableDomainIsTheSuffixAndOneLabelMore() {
		return Stream.of(argumentSet("under a TLD", "a.b.example.com", "example.com"),
				argumentSet("under a second-level registry", "www.shop.co.uk", "shop.co.uk"),
				argumentSet("under a private suffix", "x.bucket.s3.amazonaws.com", "bucket.s3.amazonaws.com"),
				argumentSet("an exception is registrable", "www.ck", "www.ck"),
				argumentSet("a public suffix has none", "co.uk", null));
	}

	@ParameterizedTest
	@MethodSource
	void aRuleBelowADomainShowsThatNamesUnderItHaveDifferentOwners(String domain, String rule, Section section) {
		assertThat(LIST.ruleBelow(domain)).isEqualTo(new PublicSuffixList.Suffix(rule, section));
	}

	static Stream<Arguments> aRuleBelowADomainShowsThatNamesUnderItHaveDifferentOwners() {
		return Stream.of(argumentSet("a private rule below a registrable domain", "amazonaws.com", "s3.amazonaws.com",
				Section.PRIVATE),
				argumentSet("a wildcard rule right below", "kawasaki.jp", "*.kawasaki.jp", Section.ICANN),
				argumentSet("a wildcard rule two levels below", "appspot.com", "*.r.appspot.com", Section.PRIVATE),
				argumentSet("an ICANN rule below a TLD", "uk", "co.uk", Section.ICANN),
				argumentSet("an ICANN rule is named before private ones", "cn", "xn--55qx5d.cn", Section.ICANN));
	}

	@Test
	void aDomainWithoutRulesBelowHasNone() {
		assertThat(LIST.ruleBelow("example.com")).isNull();
		assertThat(LIST.ruleBelow("city.kawasaki.jp")).isNull();
	}

	@Test
	void theShippedListIsTheWholeListWithBothSections() {
		PublicSuffixList shipped = PublicSuffixList.shipped();
		assertThat(shipped.sizes()[0]).as("normal rules").isGreaterThan(8000);
		assertThat(shipped.sizes()[1]).as("wildcard rules").isGreaterThan(50);
		assertThat(shipped.sizes()[2]).as("exception rules").isGreaterThan(5);
		assertThat(shipped.publicSuffix("bucket.s3.amazonaws.com")).isEqualTo(suffix("s3.amazonaws.com", Section.PRIVATE));
		assertThat(shipped.publicSuffix("x.uc.r.appspot.com")).isEqualTo(suffix("uc.r.appspot.com", Section.PRIVATE));
		assertThat(shipped.publicSuffix("svc.a.run.app")).isEqualTo(suffix("a.run.app", Section.PRIVATE));
		assertThat(shipped.publicSuffix("api.execute-api.us-east-1.amazonaws.com"))
			.isEqualTo(suffix("execute-api.us-east-1.amazonaws.com", Section.PRIVATE));
		assertThat(shipped.publicSuffix("shop.co.uk")).isEqualTo(suffix("co.uk", Section.ICANN));
		assertThat(shipped.publicSuffix("www.ck")).isEqualTo(suffix("ck", Section.ICANN));
		assertThat(shipped.publicSuffix("foo.kawasaki.jp")).isEqualTo(suffix("foo.kawasaki.jp", Section.ICANN));
		assertThat(shipped.publicSuffix("city.kawasaki.jp")).isEqualTo(suffix("kawasaki.jp", Section.ICANN));
		assertThat(shipped.publicSuffix("example.xn--55qx5d.cn")).isEqualTo(suffix("xn--55qx5d.cn", Section.ICANN));
		assertThat(shipped.ruleBelow("example.com")).isNull();
	}

	@Test
	void theShippedListIsTheUnmodifiedFileWithItsLicenceHeader() throws IOException {
		List<String> lines = shippedLines();
		assertThat(lines.get(0)).isEqualTo("// This Source Code Form is subject to the terms of the Mozilla Public");
		assertThat(lines.get(1)).isEqualTo("// License, v. 2.0. If a copy of the MPL was not distributed with this");
		assertThat(lines).contains("// ===BEGIN ICANN DOMAINS===", "// ===END ICANN DOMAINS===",
				"// ===BEGIN PRIVATE DOMAINS===", "// ===END PRIVATE DOMAINS===");
		// upstream files since mid-2023 carry '// VERSION:' and '// COMMIT:' lines: when present, say which
		lines.stream()
			.filter(line -> line.startsWith("// VERSION: ") || line.startsWith("// COMMIT: "))
			.forEach(line -> assertThat(line).matches("// (VERSION: \\S+|COMMIT: [0-9a-f]{40})"));
		String version = lines.stream()
			.filter(line -> line.startsWith("// VERSION: "))
			.map(line -> line.substring("// VERSION: ".length()))
			.findFirst()
			.orElseThrow();
		assertThat(shippedVersion()).as("public_suffix_list.version names the copy").startsWith(version + " ");
	}

	private static List<String> shippedLines() throws IOException {
		try (InputStream in = PublicSuffixList.class.getResourceAsStream(PublicSuffixList.RESOURCE)) {
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
		}
	}

	private static String shippedVersion() throws IOException {
		try (InputStream in = PublicSuffixList.class.getResourceAsStream("public_suffix_list.version")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
	}

	private static PublicSuffixList.Suffix suffix(String domain, Section section) {
		return new PublicSuffixList.Suffix(domain, section);
	}

	private static PublicSuffixList parse(String text) {
		try {
			return PublicSuffixList.parse(new BufferedReader(new StringReader(text)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
