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

import java.util.Collection;
import java.util.Locale;

/**
 * A read-only set of header names, compared case-insensitively, that answers for a region of a
 * larger string (one element of a comma-separated list) without allocating.
 */
public final class HeaderNameSet {

	private final String[] table;

	private final int mask;

	public HeaderNameSet(Collection<String> names) {
		int capacity = Integer.highestOneBit(Math.max(4, names.size() * 4) - 1) << 1;
		this.table = new String[capacity];
		this.mask = capacity - 1;
		for (String name : names) {
			String lower = name.toLowerCase(Locale.ROOT);
			int slot = hash(lower, 0, lower.length()) & this.mask;
			while (this.table[slot] != null && !this.table[slot].equals(lower)) {
				slot = (slot + 1) & this.mask;
			}
			this.table[slot] = lower;
		}
	}

	/** Whether {@code value[from, to)} is one of the names, ignoring ASCII case. */
	boolean contains(CharSequence value, int from, int to) {
		int slot = hash(value, from, to) & this.mask;
		for (String candidate = this.table[slot]; candidate != null; candidate = this.table[slot]) {
			if (equalsIgnoreAsciiCase(candidate, value, from, to)) {
				return true;
			}
			slot = (slot + 1) & this.mask;
		}
		return false;
	}

	private static boolean equalsIgnoreAsciiCase(String lowerCase, CharSequence value, int from, int to) {
		if (lowerCase.length() != to - from) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (lowerCase.charAt(i - from) != toLowerAscii(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static int hash(CharSequence value, int from, int to) {
		int hash = 0x811c9dc5;
		for (int i = from; i < to; i++) {
			hash = (hash ^ toLowerAscii(value.charAt(i))) * 0x01000193;
		}
		return hash ^ (hash >>> 16);
	}

	private static char toLowerAscii(char c) {
		return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
	}

}
