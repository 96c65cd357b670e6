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

import org.jspecify.annotations.Nullable;

/**
 * The IPv6 parser of the WHATWG URL standard (section 3.5, "IPv6 parser"), for configured values:
 * up to eight pieces of one to four hexadecimal digits, one {@code ::} at most, and a dotted IPv4
 * tail in the last two pieces.
 */
final class Ipv6Parser {

	private final String input;

	private final int[] pieces = new int[8];

	private int pointer;

	private int pieceIndex;

	private int compress = -1;

	private Ipv6Parser(String input) {
		this.input = input;
	}

	/** The eight pieces of the address, or {@code null} when it is not an IPv6 address. */
	static int @Nullable [] parse(String input) {
		Ipv6Parser parser = new Ipv6Parser(input);
		return parser.parseAddress() ? parser.compressed() : null;
	}

	private boolean parseAddress() {
		if (at() == ':') {
			if (next() != ':') {
				return false;
			}
			this.pointer += 2;
			this.compress = ++this.pieceIndex;
		}
		while (at() != 0) {
			if (this.pieceIndex == 8) {
				return false;
			}
			if (at() == ':') {
				if (this.compress >= 0) {
					return false;
				}
				this.pointer++;
				this.compress = ++this.pieceIndex;
				continue;
			}
			int piece = parsePiece();
			if (piece < 0) {
				return piece == -2 && parseIpv4Tail();
			}
			this.pieces[this.pieceIndex++] = piece;
		}
		return this.compress >= 0 || this.pieceIndex == 8;
	}

	/** A piece, -1 when the input is invalid here, or -2 when an IPv4 tail starts here. */
	private int parsePiece() {
		int value = 0;
		int length = 0;
		while (length < 4 && Character.digit(at(), 16) >= 0 && at() < 0x80) {
			value = value * 16 + Character.digit(at(), 16);
			this.pointer++;
			length++;
		}
		if (at() == '.') {
			this.pointer -= length;
			return (length == 0 || this.pieceIndex > 6) ? -1 : -2;
		}
		if (at() == ':') {
			this.pointer++;
			if (at() == 0) {
				return -1;
			}
		}
		else if (at() != 0) {
			return -1;
		}
		return value;
	}

	private boolean parseIpv4Tail() {
		int numbersSeen = 0;
		while (at() != 0) {
			if (numbersSeen > 0) {
				if (at() != '.' || numbersSeen == 4) {
					return false;
				}
				this.pointer++;
			}
			int number = parseIpv4Number();
			if (number < 0) {
				return false;
			}
			this.pieces[this.pieceIndex] = this.pieces[this.pieceIndex] * 0x100 + number;
			numbersSeen++;
			if (numbersSeen == 2 || numbersSeen == 4) {
				this.pieceIndex++;
			}
		}
		return numbersSeen == 4 && (this.compress >= 0 || this.pieceIndex == 8);
	}

	/** Decimal, 0 to 255, without a leading zero; -1 otherwise. */
	private int parseIpv4Number() {
		int start = this.pointer;
		int number = 0;
		while (at() >= '0' && at() <= '9') {
			if (this.pointer > start && number == 0) {
				return -1;
			}
			number = number * 10 + (at() - '0');
			if (number > 255) {
				return -1;
			}
			this.pointer++;
		}
		return (this.pointer > start) ? number : -1;
	}

	/** The pieces after {@code ::}, moved to the end of the address. */
	private int[] compressed() {
		if (this.compress >= 0) {
			int swaps = this.pieceIndex - this.compress;
			for (int index = 7; index != 0 && swaps > 0; index--, swaps--) {
				int other = this.compress + swaps - 1;
				int piece = this.pieces[index];
				this.pieces[index] = this.pieces[other];
				this.pieces[other] = piece;
			}
		}
		return this.pieces;
	}

	/** The code point at the pointer, or 0 (the standard's EOF) past the end. */
	private char at() {
		return (this.pointer < this.input.length()) ? this.input.charAt(this.pointer) : 0;
	}

	private char next() {
		return (this.pointer + 1 < this.input.length()) ? this.input.charAt(this.pointer + 1) : 0;
	}

}
