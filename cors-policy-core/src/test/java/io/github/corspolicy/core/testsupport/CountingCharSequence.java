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
package io.github.corspolicy.core.testsupport;

/**
 * A string that counts the work a parser does on it: every {@link #charAt(int)} and
 * {@link #length()}, and the lowest and highest index read. Copying it is not parsing: a strict
 * sequence fails on {@link #subSequence(int, int)}, and every sequence fails on {@link #toString()}.
 * Only a sequence {@link #allowingCopiesForReports(String) made for reports} lets a parser copy
 * the element it reports as at fault, and counts the copies.
 */
public final class CountingCharSequence implements CharSequence {

	private final String value;

	private final boolean copiesAllowed;

	private int charsExamined;

	private int lengthCalls;

	private int copies;

	private int lowestIndex = Integer.MAX_VALUE;

	private int highestIndex = -1;

	private CountingCharSequence(String value, boolean copiesAllowed) {
		this.value = value;
		this.copiesAllowed = copiesAllowed;
	}

	/** A sequence that fails the test if the code under test copies any part of it. */
	public static CountingCharSequence strict(String value) {
		return new CountingCharSequence(value, false);
	}

	/** A sequence that lets the code under test copy a part of it, to report a problem with it. */
	public static CountingCharSequence allowingCopiesForReports(String value) {
		return new CountingCharSequence(value, true);
	}

	@Override
	public char charAt(int index) {
		this.charsExamined++;
		this.lowestIndex = Math.min(this.lowestIndex, index);
		this.highestIndex = Math.max(this.highestIndex, index);
		return this.value.charAt(index);
	}

	@Override
	public int length() {
		this.lengthCalls++;
		return this.value.length();
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		if (!this.copiesAllowed) {
			throw new AssertionError("subSequence(" + start + ", " + end + ") copies the value on the request path");
		}
		this.copies++;
		return this.value.substring(start, end);
	}

	/** Fails: a parser that turns its input into a {@code String} has allocated a copy of all of it. */
	@Override
	public String toString() {
		throw new AssertionError("toString() copies the whole value (" + this.value.length() + " characters)");
	}

	/** The wrapped value, for descriptions and references. */
	public String value() {
		return this.value;
	}

	/** How many times a character was read, the same one read twice counting twice. */
	public int charsExamined() {
		return this.charsExamined;
	}

	public int lengthCalls() {
		return this.lengthCalls;
	}

	/** How many parts were copied by {@link #subSequence(int, int)}. */
	public int copies() {
		return this.copies;
	}

	/** The lowest index read, or {@link Integer#MAX_VALUE} when none was. */
	public int lowestIndex() {
		return this.lowestIndex;
	}

	/** The highest index read, or -1 when none was. */
	public int highestIndex() {
		return this.highestIndex;
	}

}
