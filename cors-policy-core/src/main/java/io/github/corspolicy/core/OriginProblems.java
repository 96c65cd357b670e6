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

import io.github.corspolicy.core.PolicyProblem.Kind;
import io.github.corspolicy.core.internal.OriginSyntax.Defect;

import static io.github.corspolicy.core.PolicyMessage.ref;

/**
 * The kind of each defect the origin parsers find, and the fixes that name another setting, which
 * the parsers (knowing no settings) leave to the policy.
 */
final class OriginProblems {

	private OriginProblems() {
	}

	static Kind kind(Defect defect) {
		return switch (defect) {
			case EMPTY -> Kind.ORIGIN_EMPTY;
			case WHITESPACE -> Kind.ORIGIN_WHITESPACE;
			case TOO_LONG -> Kind.ORIGIN_TOO_LONG;
			case NO_SCHEME -> Kind.ORIGIN_NO_SCHEME;
			case INVALID_SCHEME -> Kind.ORIGIN_INVALID_SCHEME;
			case TRAILING_SLASH -> Kind.ORIGIN_TRAILING_SLASH;
			case PATH -> Kind.ORIGIN_PATH;
			case QUERY -> Kind.ORIGIN_QUERY;
			case FRAGMENT -> Kind.ORIGIN_FRAGMENT;
			case USER_INFO -> Kind.ORIGIN_USER_INFO;
			case NO_HOST -> Kind.ORIGIN_NO_HOST;
			case NON_ASCII_HOST -> Kind.ORIGIN_NON_ASCII_HOST;
			case TRAILING_DOT -> Kind.ORIGIN_TRAILING_DOT;
			case EMPTY_LABEL -> Kind.ORIGIN_EMPTY_LABEL;
			case INVALID_HOST -> Kind.ORIGIN_INVALID_HOST;
			case INVALID_IPV4 -> Kind.ORIGIN_INVALID_IPV4;
			case INVALID_IPV6 -> Kind.ORIGIN_INVALID_IPV6;
			case NON_CANONICAL_IP -> Kind.ORIGIN_NON_CANONICAL_IP;
			case INVALID_PORT -> Kind.ORIGIN_INVALID_PORT;
			case DEFAULT_PORT -> Kind.ORIGIN_DEFAULT_PORT;
			case WILDCARD -> Kind.ORIGIN_WILDCARD;
			case WILDCARD_NOT_LEFTMOST_LABEL -> Kind.PATTERN_WILDCARD_NOT_LEFTMOST_LABEL;
			case WILDCARD_BEFORE_IP -> Kind.PATTERN_WILDCARD_BEFORE_IP;
			case ANY_HOST -> Kind.PATTERN_ANY_HOST;
			case PORT_AND_PORT_LIST -> Kind.PATTERN_PORT_AND_PORT_LIST;
			case INVALID_PORT_LIST -> Kind.PATTERN_INVALID_PORT_LIST;
		};
	}

	/** The parser's fix, with the alternative in another setting where there is one. */
	static PolicyMessage fix(Defect defect, String fix) {
		return switch (defect) {
			case WILDCARD -> PolicyMessage.of("move it to ", ref(CorsSetting.ALLOWED_ORIGIN_PATTERNS), " " + fix);
			case ANY_HOST -> PolicyMessage.of(fix + ", or use ", ref(CorsSetting.ALLOWED_ORIGINS), " '*' for a public API");
			default -> PolicyMessage.text(fix);
		};
	}

}
