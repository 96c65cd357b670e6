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
package io.github.corspolicy.sample.reactive.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the STOMP 1.2 frames of one WebSocket message (the STOMP 1.2 specification, "Frames and
 * Headers"). End-of-line octets between frames are heart-beats and are skipped; anything that is not a
 * whole, well-formed client frame is a {@link StompFrameException} saying what is wrong.
 */
final class StompDecoder {

	/** The largest frame read, as Spring's WebSocket message broker limits it by default. */
	static final int MAX_FRAME_OCTETS = 64 * 1024;

	private static final Set<String> CLIENT_COMMANDS = Set.of("CONNECT", "STOMP", "SEND", "SUBSCRIBE",
			"UNSUBSCRIBE", "ACK", "NACK", "BEGIN", "COMMIT", "ABORT", "DISCONNECT");

	private final byte[] data;

	private int position;

	private StompDecoder(byte[] data) {
		this.data = data;
	}

	/** Every frame of {@code message}, none if it holds only heart-beats. */
	static List<StompFrame> decode(String message) {
		byte[] data = message.getBytes(StandardCharsets.UTF_8);
		if (data.length > MAX_FRAME_OCTETS) {
			throw new StompFrameException("The message is " + data.length + " octets long; at most "
					+ MAX_FRAME_OCTETS + " are read");
		}
		return new StompDecoder(data).frames();
	}

	private List<StompFrame> frames() {
		List<StompFrame> frames = new ArrayList<>();
		while (skipEndOfLines()) {
			frames.add(frame());
		}
		return frames;
	}

	private StompFrame frame() {
		String command = line();
		if (!CLIENT_COMMANDS.contains(command)) {
			throw new StompFrameException("Unknown command '" + command + "'; a client sends one of "
					+ String.join(", ", CLIENT_COMMANDS.stream().sorted().toList()));
		}
		Map<String, String> headers = headers(command);
		return new StompFrame(command, headers, body(headers.get("content-length")));
	}

	private Map<String, String> headers(String command) {
		// CONNECT's headers are not escaped, so that a 1.0 client's are read as it meant them
		boolean escaped = !command.equals("CONNECT") && !command.equals("STOMP");
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line = line(); !line.isEmpty(); line = line()) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				throw new StompFrameException("Header line '" + line + "' has no colon; write name:value");
			}
			String name = escaped ? unescape(line.substring(0, colon)) : line.substring(0, colon);
			headers.putIfAbsent(name, escaped ? unescape(line.substring(colon + 1)) : line.substring(colon + 1));
		}
		return headers;
	}

	private String body(String contentLength) {
		int end = (contentLength != null) ? this.position + length(contentLength) : indexOfNul();
		if (end < this.position || end >= this.data.length || this.data[end] != 0) {
			throw new StompFrameException((contentLength != null)
					? "The body is not followed by a NUL octet after content-length " + contentLength + " octets"
					: "The frame does not end with a NUL octet");
		}
		String body = new String(this.data, this.position, end - this.position, StandardCharsets.UTF_8);
		this.position = end + 1;
		return body;
	}

	private static int length(String contentLength) {
		try {
			int length = Integer.parseInt(contentLength);
			if (length >= 0) {
				return length;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new StompFrameException("content-length '" + contentLength + "' is not a number of octets");
	}

	private int indexOfNul() {
		for (int i = this.position; i < this.data.length; i++) {
			if (this.data[i] == 0) {
				return i;
			}
		}
		return this.data.length;
	}

	/** Skips heart-beats; whether a frame follows. */
	private boolean skipEndOfLines() {
		while (this.position < this.data.length
				&& (this.data[this.position] == '\n' || this.data[this.position] == '\r')) {
			this.position++;
		}
		return this.position < this.data.length;
	}

	private String line() {
		int start = this.position;
		while (this.position < this.data.length && this.data[this.position] != '\n') {
			if (this.data[this.position] == 0) {
				throw new StompFrameException("The frame ends (NUL) before the blank line that ends its headers");
			}
			this.position++;
		}
		if (this.position == this.data.length) {
			throw new StompFrameException("The frame ends before the blank line that ends its headers");
		}
		int end = (this.position > start && this.data[this.position - 1] == '\r') ? this.position - 1 : this.position;
		this.position++;
		return new String(this.data, start, end - start, StandardCharsets.UTF_8);
	}

	private static String unescape(String value) {
		StringBuilder result = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c != '\\') {
				result.append(c);
			}
			else if (i + 1 == value.length()) {
				throw new StompFrameException("Header '" + value + "' ends with a lone backslash; write it as \\\\");
			}
			else {
				result.append(unescaped(value.charAt(++i), value));
			}
		}
		return result.toString();
	}

	private static char unescaped(char escaped, String value) {
		return switch (escaped) {
			case 'n' -> '\n';
			case 'r' -> '\r';
			case 'c' -> ':';
			case '\\' -> '\\';
			default -> throw new StompFrameException("Undefined escape '\\" + escaped + "' in header '" + value
					+ "'; STOMP 1.2 escapes only \\n, \\r, \\c and \\\\");
		};
	}

}
