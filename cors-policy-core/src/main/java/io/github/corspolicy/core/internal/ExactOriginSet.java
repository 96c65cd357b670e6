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

/**
 * The exact allowed origins, for a lookup whose cost does not depend on how many there are: an
 * open-addressing table four times larger than the set, with each entry's hash stored beside it, so
 * that a probe compares an int before it compares a string. Origins named alike
 * ({@code https://tenant-1.example.com}, {@code -2}, ...) do not cluster, because the hash is mixed.
 * <p>
 * The validator fills it while it removes duplicates from the configured list, so that a policy of
 * many origins builds one table and no other set; the policy then only reads it.
 */
public final class ExactOriginSet {

	private final String[] origins;

	private final int[] hashes;

	private final int mask;

	private final int room;

	private int size;

	/** An empty set with room for {@code room} distinct origins. */
	public ExactOriginSet(int room) {
		int capacity = Integer.highestOneBit(Math.max(4, room * 4) - 1) << 1;
		this.origins = new String[capacity];
		this.hashes = new int[capacity];
		this.mask = capacity - 1;
		this.room = room;
	}

	ExactOriginSet(Collection<String> values) {
		this(values.size());
		values.forEach(this::add);
	}

	/**
	 * Adds an origin.
	 * @return whether it was not in the set yet
	 * @throws IllegalStateException when the set already holds as many origins as it has room for
	 */
	public boolean add(String origin) {
		int hash = origin.hashCode();
		int slot = mix(hash) & this.mask;
		while (this.origins[slot] != null) {
			if (this.hashes[slot] == hash && this.origins[slot].equals(origin)) {
				return false;
			}
			slot = (slot + 1) & this.mask;
		}
		if (this.size == this.room) {
			throw new IllegalStateException("This set has room for " + this.room + " origins");
		}
		this.origins[slot] = origin;
		this.hashes[slot] = hash;
		this.size++;
		return true;
	}

	public boolean contains(String origin) {
		int hash = origin.hashCode();
		int slot = mix(hash) & this.mask;
		for (String candidate = this.origins[slot]; candidate != null; candidate = this.origins[slot]) {
			if (this.hashes[slot] == hash && candidate.equals(origin)) {
				return true;
			}
			slot = (slot + 1) & this.mask;
		}
		return false;
	}

	/** Spreads String's hash, whose low bits barely differ between similar names. */
	private static int mix(int hash) {
		int mixed = hash * 0x9E3779B9;
		return mixed ^ (mixed >>> 16);
	}

}
