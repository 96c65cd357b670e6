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

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Runs a regex on a short input with a cap on the work: the input counts the characters the
 * matcher reads and stops it past a limit, so that a backtracking expression cannot hang start-up.
 */
final class BoundedMatch implements CharSequence {

	/** Character reads allowed per match: ample for any sane expression on an origin. */
	static final int STEP_LIMIT = 1_000_000;

	private final String text;

	private int steps;

	private BoundedMatch(String text) {
		this.text = text;
	}

	/** Whether {@code regex} fully matches {@code text}; null when it took more than the limit. */
	static @Nullable Boolean matches(Pattern regex, String text) {
		try {
			return regex.matcher(new BoundedMatch(text)).matches();
		}
		catch (TooMuchWork ex) {
			return null;
		}
	}

	@Override
	public char charAt(int index) {
		if (++this.steps > STEP_LIMIT) {
			throw new TooMuchWork();
		}
		return this.text.charAt(index);
	}

	@Override
	public int length() {
		return this.text.length();
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		return this.text.subSequence(start, end);
	}

	@Override
	public String toString() {
		return this.text;
	}

	/** Thrown out of the matcher past the limit; no stack trace, it is control flow. */
	private static final class TooMuchWork extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TooMuchWork() {
			super(null, null, false, false);
		}

	}

}
