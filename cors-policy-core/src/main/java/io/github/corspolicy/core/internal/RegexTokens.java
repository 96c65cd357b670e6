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
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A Java regular expression cut into the tokens that matter for reading its host: literal
 * characters, group openings and closings, alternation bars, quantifiers, and everything else
 * (classes, {@code .}, {@code \d}, anchors) as one opaque kind. Unsupported syntax (comments mode,
 * {@code \Q...\E}) gives no tokens, and the caller falls back to canary origins.
 */
final class RegexTokens {

	/** The kinds of token. */
	enum Kind {

		LITERAL, OPEN, LOOKAROUND, CLOSE, ALTERNATION, QUANTIFIER, FLAGS, OTHER

	}

	/** One token: its kind, its source text, and for a literal the character it matches. */
	record Token(Kind kind, String text, char literal) {

		boolean isLiteral(char c) {
			return this.kind == Kind.LITERAL && this.literal == c;
		}

		boolean isHostCharacter() {
			char c = this.literal;
			return this.kind == Kind.LITERAL && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.');
		}

	}

	private final String regex;

	private final List<Token> tokens = new ArrayList<>();

	private int position;

	private RegexTokens(String regex) {
		this.regex = regex;
	}

	/** The tokens of {@code regex}, or null when it uses syntax this reader does not follow. */
	static @Nullable List<Token> of(String regex) {
		if (regex.contains("\\Q") || regex.matches("(?s).*\\(\\?[a-zA-Z]*x[a-zA-Z]*[:)].*")) {
			return null;
		}
		RegexTokens reader = new RegexTokens(regex);
		while (reader.position < regex.length()) {
			reader.next();
		}
		return reader.tokens;
	}

	private void next() {
		char c = this.regex.charAt(this.position);
		switch (c) {
			case '\\' -> escape();
			case '[' -> add(Kind.OTHER, classEnd());
			case '(' -> group();
			case ')' -> add(Kind.CLOSE, this.position + 1);
			case '|' -> add(Kind.ALTERNATION, this.position + 1);
			case '?', '*', '+' -> add(Kind.QUANTIFIER, lazyOrPossessive(this.position + 1));
			case '{' -> add(Kind.QUANTIFIER, lazyOrPossessive(closing('}', this.position)));
			case '.', '^', '$' -> add(Kind.OTHER, this.position + 1);
			default -> literal(Character.toLowerCase(c), this.position + 1);
		}
	}

	private void escape() {
		int start = this.position;
		char c = (start + 1 < this.regex.length()) ? this.regex.charAt(start + 1) : '\\';
		if (c == 'x' && start + 4 <= this.regex.length() && this.regex.charAt(start + 2) != '{') {
			literal(hex(start + 2, start + 4), start + 4);
		}
		else if (c == 'u' && start + 6 <= this.regex.length()) {
			literal(hex(start + 2, start + 6), start + 6);
		}
		else if (c == 'p' || c == 'P' || c == 'N' || c == 'x') {
			add(Kind.OTHER, closing('}', start));
		}
		else if (c == 'k') {
			add(Kind.OTHER, closing('>', start));
		}
		else if (Character.isLetterOrDigit(c)) {
			// \d, \w, \b, \1, \0 octal, \c control: never a plain host character
			add(Kind.OTHER, start + 2);
		}
		else {
			literal(c, start + 2);
		}
	}

	private char hex(int from, int to) {
		try {
			return Character.toLowerCase((char) Integer.parseInt(this.regex.substring(from, to), 16));
		}
		catch (NumberFormatException ex) {
			return '\u0000';
		}
	}

	private void group() {
		int start = this.position;
		if (!this.regex.startsWith("(?", start)) {
			add(Kind.OPEN, start + 1);
		}
		else if (this.regex.startsWith("(?:", start)) {
			add(Kind.OPEN, start + 3);
		}
		else if (this.regex.startsWith("(?=", start) || this.regex.startsWith("(?!", start)
				|| this.regex.startsWith("(?<=", start) || this.regex.startsWith("(?<!", start)) {
			add(Kind.LOOKAROUND, start + (this.regex.charAt(start + 2) == '<' ? 4 : 3));
		}
		else if (this.regex.startsWith("(?<", start)) {
			add(Kind.OPEN, closing('>', start));
		}
		else {
			flags(start);
		}
	}

	/** {@code (?i)} sets flags for what follows; {@code (?i:...)} and {@code (?>...)} are groups. */
	private void flags(int start) {
		int end = start + 2;
		while (end < this.regex.length() && Character.isLetter(this.regex.charAt(end)) || end < this.regex.length()
				&& this.regex.charAt(end) == '-') {
			end++;
		}
		boolean standalone = end < this.regex.length() && this.regex.charAt(end) == ')';
		add(standalone ? Kind.FLAGS : Kind.OPEN, Math.min(end + 1, this.regex.length()));
	}

	private int classEnd() {
		int depth = 0;
		for (int i = this.position; i < this.regex.length(); i++) {
			char c = this.regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				depth++;
			}
			else if (c == ']' && --depth == 0) {
				return i + 1;
			}
		}
		return this.regex.length();
	}

	private int closing(char close, int from) {
		int end = this.regex.indexOf(close, from);
		return (end < 0) ? this.regex.length() : end + 1;
	}

	private int lazyOrPossessive(int end) {
		return (end < this.regex.length() && "?+".indexOf(this.regex.charAt(end)) >= 0) ? end + 1 : end;
	}

	private void literal(char c, int end) {
		this.tokens.add(new Token(Kind.LITERAL, this.regex.substring(this.position, end), c));
		this.position = end;
	}

	private void add(Kind kind, int end) {
		this.tokens.add(new Token(kind, this.regex.substring(this.position, end), '\u0000'));
		this.position = end;
	}

}
