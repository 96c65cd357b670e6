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

import io.github.corspolicy.core.internal.RegexTokens.Kind;
import io.github.corspolicy.core.internal.RegexTokens.Token;

/**
 * What can be read of the host in an origin regex, from its end: each top-level alternative,
 * without anchors and without a trailing port part such as {@code (:\d+)?}, ends with a literal
 * host suffix ({@code .example.com}); groups of literal alternatives ({@code \.(com|org)}) are
 * expanded. Also says whether the host part before that suffix is a finite set of literal names.
 */
final class RegexHost {

	/** More expanded alternatives than this and the reader gives up, leaving it to the canaries. */
	private static final int MAX_BRANCHES = 64;

	/**
	 * One alternative of the expression, read from its end.
	 *
	 * @param suffix the literal host characters at the end, lower case, possibly empty
	 * @param afterScheme whether the suffix starts right after a literal {@code ://}: the whole host
	 * @param boundary whether the suffix starts a label: with a dot, or after whole labels
	 * @param finitePrefix whether the host before the suffix is one of finitely many literal names
	 * @param loose hosts the expression matches if its unescaped dots are read as letters
	 */
	record Branch(String suffix, boolean afterScheme, boolean boundary, boolean finitePrefix, List<String> loose) {
	}

	private final List<Branch> branches = new ArrayList<>();

	private RegexHost() {
	}

	/** The alternatives of {@code regex}, or null when its syntax is beyond this reader. */
	static @Nullable List<Branch> read(String regex) {
		List<Token> tokens = RegexTokens.of(regex);
		if (tokens == null) {
			return null;
		}
		RegexHost host = new RegexHost();
		for (List<Token> alternative : split(withoutLeadingFlags(tokens))) {
			host.readBranch(withoutPort(withoutAnchors(alternative)), "");
			if (host.branches.size() > MAX_BRANCHES) {
				return null;
			}
		}
		return host.branches;
	}

	private void readBranch(List<Token> tokens, String suffix) {
		int i = tokens.size() - 1;
		StringBuilder literal = new StringBuilder();
		while (i >= 0 && tokens.get(i).isHostCharacter()) {
			literal.insert(0, tokens.get(i--).literal());
		}
		String collected = literal + suffix;
		if (i >= 0 && tokens.get(i).kind() == Kind.CLOSE && this.branches.size() <= MAX_BRANCHES) {
			int open = openingOf(tokens, i);
			List<List<Token>> alternatives = (open < 0) ? null : literalAlternatives(tokens.subList(open + 1, i));
			if (alternatives != null) {
				for (List<Token> alternative : alternatives) {
					List<Token> expanded = new ArrayList<>(tokens.subList(0, open));
					expanded.addAll(alternative);
					readBranch(expanded, collected);
				}
				return;
			}
		}
		List<Token> prefix = tokens.subList(0, i + 1);
		boolean boundary = collected.startsWith(".") || endsWithLabels(prefix);
		this.branches.add(new Branch(collected, endsWithScheme(prefix), boundary, isFiniteHost(prefix),
				loose(prefix, collected)));
	}

	/**
	 * The host the author probably meant when unescaped dots precede the suffix, with those dots
	 * taken as letters: {@code app.example\.com} gives {@code appxexample.com}, which it matches.
	 */
	private static List<String> loose(List<Token> prefix, String suffix) {
		StringBuilder letters = new StringBuilder();
		int lastDot = -1;
		int dots = 0;
		for (int i = prefix.size() - 1; i >= 0; i--) {
			Token token = prefix.get(i);
			if (token.text().equals(".")) {
				letters.insert(0, 'x');
				lastDot = (lastDot < 0) ? i : lastDot;
				dots++;
			}
			else if (token.isHostCharacter()) {
				letters.insert(0, token.literal());
			}
			else {
				break;
			}
		}
		if (dots == 0) {
			return List.of();
		}
		if (dots == 1) {
			return List.of(letters + suffix);
		}
		// also the variant that keeps the last dot a dot: app.example.com gives appxexample.com
		int last = letters.length() - (prefix.size() - lastDot);
		StringBuilder kept = new StringBuilder(letters).replace(last, last + 1, ".");
		return List.of(kept + suffix, letters + suffix);
	}

	/**
	 * Whether the prefix ends with whole labels: a group whose every alternative ends with a literal
	 * dot, repeated at least once ({@code ([a-z]+\.)+}), or optional right after {@code ://}.
	 */
	private static boolean endsWithLabels(List<Token> prefix) {
		int n = prefix.size();
		if (n < 2 || prefix.get(n - 1).kind() != Kind.QUANTIFIER || prefix.get(n - 2).kind() != Kind.CLOSE) {
			return false;
		}
		int open = openingOf(prefix, n - 2);
		if (open < 0 || !everyAlternativeEndsWithDot(prefix.subList(open + 1, n - 2))) {
			return false;
		}
		String quantifier = prefix.get(n - 1).text();
		return quantifier.startsWith("+") || quantifier.matches("\\{[1-9].*") || endsWithScheme(prefix.subList(0, open));
	}

	private static boolean everyAlternativeEndsWithDot(List<Token> inner) {
		int depth = 0;
		for (int i = 0; i < inner.size(); i++) {
			Kind kind = inner.get(i).kind();
			depth += (kind == Kind.OPEN || kind == Kind.LOOKAROUND) ? 1 : (kind == Kind.CLOSE) ? -1 : 0;
			boolean endOfAlternative = i + 1 == inner.size() || depth == 0 && inner.get(i + 1).kind() == Kind.ALTERNATION;
			if (endOfAlternative && (depth != 0 || !inner.get(i).isLiteral('.'))) {
				return false;
			}
		}
		return !inner.isEmpty();
	}

	private static List<Token> withoutLeadingFlags(List<Token> tokens) {
		int start = 0;
		while (start < tokens.size() && tokens.get(start).kind() == Kind.FLAGS) {
			start++;
		}
		return tokens.subList(start, tokens.size());
	}

	/** The top-level alternatives. */
	private static List<List<Token>> split(List<Token> tokens) {
		List<List<Token>> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Kind kind = tokens.get(i).kind();
			depth += (kind == Kind.OPEN || kind == Kind.LOOKAROUND) ? 1 : (kind == Kind.CLOSE) ? -1 : 0;
			if (kind == Kind.ALTERNATION && depth == 0) {
				parts.add(tokens.subList(start, i));
				start = i + 1;
			}
		}
		parts.add(tokens.subList(start, tokens.size()));
		return parts;
	}

	private static List<Token> withoutAnchors(List<Token> tokens) {
		int start = (!tokens.isEmpty() && tokens.get(0).text().equals("^")) ? 1 : 0;
		int end = tokens.size();
		while (end > start && (tokens.get(end - 1).text().equals("$") || tokens.get(end - 1).text().equals("\\z")
				|| tokens.get(end - 1).text().equals("\\Z"))) {
			end--;
		}
		return tokens.subList(start, end);
	}

	/** Drops a trailing {@code :\d+}, {@code :8080}, {@code (:\d+)?} or {@code (?::[0-9]{1,5})?}. */
	private static List<Token> withoutPort(List<Token> tokens) {
		int end = tokens.size();
		if (end >= 2 && tokens.get(end - 1).text().startsWith("?") && tokens.get(end - 2).kind() == Kind.CLOSE) {
			int open = openingOf(tokens, end - 2);
			if (open >= 0 && isPort(tokens.subList(open + 1, end - 2))) {
				return tokens.subList(0, open);
			}
		}
		for (int colon = end - 1; colon >= 0; colon--) {
			if (tokens.get(colon).isLiteral(':')) {
				return isPort(tokens.subList(colon, end)) ? tokens.subList(0, colon) : tokens;
			}
		}
		return tokens;
	}

	/** A colon followed by digits, digit classes and their quantifiers only. */
	private static boolean isPort(List<Token> tokens) {
		if (tokens.size() < 2 || !tokens.get(0).isLiteral(':')) {
			return false;
		}
		for (Token token : tokens.subList(1, tokens.size())) {
			boolean digits = token.kind() == Kind.LITERAL && Character.isDigit(token.literal())
					|| token.text().equals("\\d") || token.text().equals("[0-9]") || token.text().equals("[1-9]")
					|| token.kind() == Kind.QUANTIFIER;
			if (!digits) {
				return false;
			}
		}
		return true;
	}

	private static int openingOf(List<Token> tokens, int close) {
		int depth = 0;
		for (int i = close; i >= 0; i--) {
			Kind kind = tokens.get(i).kind();
			depth += (kind == Kind.CLOSE) ? 1 : (kind == Kind.OPEN || kind == Kind.LOOKAROUND) ? -1 : 0;
			if (depth == 0) {
				return (kind == Kind.OPEN) ? i : -1;
			}
		}
		return -1;
	}

	/** The alternatives of a group made of literal host characters only, or null. */
	private static @Nullable List<List<Token>> literalAlternatives(List<Token> inner) {
		List<List<Token>> alternatives = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= inner.size(); i++) {
			if (i == inner.size() || inner.get(i).kind() == Kind.ALTERNATION) {
				alternatives.add(inner.subList(start, i));
				start = i + 1;
			}
			else if (!inner.get(i).isHostCharacter()) {
				return null;
			}
		}
		return alternatives;
	}

	private static boolean endsWithScheme(List<Token> prefix) {
		int n = prefix.size();
		return n >= 3 && prefix.get(n - 3).isLiteral(':') && prefix.get(n - 2).isLiteral('/')
				&& prefix.get(n - 1).isLiteral('/');
	}

	/**
	 * Whether the host before the suffix, everything after the last literal {@code ://}, is made
	 * of literal characters, groups, alternatives and {@code ?} only: finitely many names.
	 */
	private static boolean isFiniteHost(List<Token> prefix) {
		int start = -1;
		for (int i = prefix.size() - 1; i >= 2 && start < 0; i--) {
			if (endsWithScheme(prefix.subList(0, i + 1))) {
				start = i + 1;
			}
		}
		if (start < 0) {
			return false;
		}
		int depth = 0;
		for (Token token : prefix.subList(start, prefix.size())) {
			Kind kind = token.kind();
			depth += (kind == Kind.OPEN) ? 1 : (kind == Kind.CLOSE) ? -1 : 0;
			boolean finite = kind == Kind.LITERAL || kind == Kind.OPEN || kind == Kind.CLOSE
					|| kind == Kind.ALTERNATION || kind == Kind.QUANTIFIER && token.text().startsWith("?");
			if (!finite || depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

}
