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
import java.util.stream.Stream;

/**
 * Something wrong, or risky, in one setting of a policy: which kind of problem, which value, what
 * is wrong, what to write. The texts are {@link PolicyMessage}s, so that whoever reports the
 * problem names the settings it refers to in the user's vocabulary.
 *
 * @param kind the kind of problem, stable across releases and wordings
 * @param setting the setting
 * @param index the position of the value in a list setting, or -1 for a single-valued one
 * @param value the value as given
 * @param problemMessage what is wrong with it, as the end of a sentence that starts with the value
 * @param fixMessage what to write instead
 */
public record PolicyProblem(Kind kind, CorsSetting setting, int index, String value, PolicyMessage problemMessage,
		PolicyMessage fixMessage) {

	/** The setting's key with the index, such as {@code allowed-origins[1]}. */
	public String key() {
		return (this.index < 0) ? this.setting.key() : this.setting.key() + "[" + this.index + "]";
	}

	/** What is wrong, with the core's setting names. */
	public String problem() {
		return problem(SettingNames.KEYS);
	}

	/** What is wrong, with every setting it refers to named by {@code names}. */
	public String problem(SettingNames names) {
		return this.problemMessage.render(names);
	}

	/** The fix, with the core's setting names. */
	public String fix() {
		return fix(SettingNames.KEYS);
	}

	/** The fix, with every setting it refers to named by {@code names}. */
	public String fix(SettingNames names) {
		return this.fixMessage.render(names);
	}

	/** The other settings the problem and the fix refer to, such as {@code allow-credentials}. */
	public List<CorsSetting> references() {
		return Stream.concat(this.problemMessage.references().stream(), this.fixMessage.references().stream())
			.distinct()
			.toList();
	}

	@Override
	public String toString() {
		return key() + "='" + this.value + "' " + problem() + "; fix: " + fix();
	}

	/**
	 * The kinds of problem. Whether one is an error or a warning is decided by the policy: most are
	 * always errors; a broad pattern or regex is an error with credentials and a warning without.
	 */
	public enum Kind {

		/** An origin, or a pattern, is empty. */
		ORIGIN_EMPTY,

		/** An origin has leading or trailing white space. */
		ORIGIN_WHITESPACE,

		/** An origin is longer than any a browser sends. */
		ORIGIN_TOO_LONG,

		/** An origin has no {@code scheme://}. */
		ORIGIN_NO_SCHEME,

		/** An origin's scheme is not a URL scheme. */
		ORIGIN_INVALID_SCHEME,

		/** An origin ends with {@code /}. */
		ORIGIN_TRAILING_SLASH,

		/** An origin has a path. */
		ORIGIN_PATH,

		/** An origin has a query. */
		ORIGIN_QUERY,

		/** An origin has a fragment. */
		ORIGIN_FRAGMENT,

		/** An origin has user information ({@code user@}). */
		ORIGIN_USER_INFO,

		/** An origin has no host. */
		ORIGIN_NO_HOST,

		/** An origin's host is not ASCII: browsers send the punycode form. */
		ORIGIN_NON_ASCII_HOST,

		/** An origin's host ends with a dot. */
		ORIGIN_TRAILING_DOT,

		/** An origin's host has an empty label. */
		ORIGIN_EMPTY_LABEL,

		/** An origin's host has characters no DNS name has. */
		ORIGIN_INVALID_HOST,

		/** An origin's host reads as an IPv4 address, but is not a valid one. */
		ORIGIN_INVALID_IPV4,

		/** An origin's IPv6 literal is not valid. */
		ORIGIN_INVALID_IPV6,

		/** An origin writes an IP address in a form no browser sends. */
		ORIGIN_NON_CANONICAL_IP,

		/** An origin's port is not a port. */
		ORIGIN_INVALID_PORT,

		/** An origin names its scheme's default port, which browsers leave out. */
		ORIGIN_DEFAULT_PORT,

		/** An exact origin contains a wildcard. */
		ORIGIN_WILDCARD,

		/** The origin {@code null} without the opt-in. */
		NULL_ORIGIN,

		/** A plain {@code http:} origin in a credentialed policy. */
		INSECURE_ORIGIN_WITH_CREDENTIALS,

		/** A pattern's wildcard is not a whole leftmost label. */
		PATTERN_WILDCARD_NOT_LEFTMOST_LABEL,

		/** A pattern puts a wildcard before an IP address. */
		PATTERN_WILDCARD_BEFORE_IP,

		/** A pattern matches every host. */
		PATTERN_ANY_HOST,

		/** A pattern has both a port and a port list. */
		PATTERN_PORT_AND_PORT_LIST,

		/** A pattern's port list has an invalid port. */
		PATTERN_INVALID_PORT_LIST,

		/** A pattern or regex admits every name under a public suffix. */
		PUBLIC_SUFFIX_ORIGINS,

		/** A regex matches origins of unrelated sites. */
		BROAD_REGEX,

		/** A regex could not be checked against origins of unrelated sites in bounded time. */
		UNCHECKABLE_REGEX,

		/** A regex is empty. */
		REGEX_EMPTY,

		/** A regex does not compile. */
		REGEX_INVALID,

		/** A regex has an unescaped dot before a letter or digit. */
		REGEX_UNESCAPED_DOT,

		/** A regex repeats a group that can match the same text in many ways. */
		REGEX_AMBIGUOUS_REPETITION,

		/** {@code *} is mixed into a list of values. */
		ANY_MIXED_INTO_LIST,

		/** A method is not an RFC 9110 token. */
		METHOD_NOT_TOKEN,

		/** A lower-case spelling of a method that browsers upper-case. */
		METHOD_LOWER_CASE,

		/** A method in another case than the one the front end sends. */
		METHOD_CASE_MISMATCH,

		/** CONNECT, TRACE or TRACK, in any case (Fetch standard, section 2.2.1). */
		FORBIDDEN_METHOD,

		/** A header name is not an RFC 9110 token. */
		HEADER_NOT_TOKEN,

		/** A request header a page can never set (Fetch standard, section 2.2.2). */
		FORBIDDEN_REQUEST_HEADER,

		/** A method-override header, which lets a page tunnel methods. */
		METHOD_OVERRIDE_HEADER,

		/** A response header a page can never read (Fetch standard, section 2.2.2). */
		FORBIDDEN_RESPONSE_HEADER,

		/** A header of the CORS protocol itself in {@code exposed-headers}. */
		CORS_PROTOCOL_HEADER_EXPOSED,

		/** {@code max-age} is negative. */
		MAX_AGE_NEGATIVE,

		/** {@code max-age} is not a whole number of seconds. */
		MAX_AGE_NOT_WHOLE_SECONDS,

		/** {@code max-age} is above what Chromium caches. */
		MAX_AGE_ABOVE_CHROMIUM_CAP,

		/** {@code preflight-status} is neither 200 nor 204. */
		PREFLIGHT_STATUS_INVALID,

		/** Any origin together with credentials. */
		ANY_ORIGIN_WITH_CREDENTIALS,

		/** Any origin together with private-network access. */
		ANY_ORIGIN_WITH_PRIVATE_NETWORK,

		/** {@code exposed-headers: *} together with credentials, where it is read literally. */
		ANY_EXPOSED_HEADER_WITH_CREDENTIALS,

		/** No origin at all is allowed. */
		NO_ORIGIN_ALLOWED,

		/** {@code timing-allow-origin} in a policy that allows no origin, where it never takes effect. */
		TIMING_ALLOW_ORIGIN_WITHOUT_ORIGINS

	}

}
