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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One STOMP 1.2 frame: a command, headers in their order (the first of a repeated header wins, as
 * the specification says) and a text body.
 */
record StompFrame(String command, Map<String, String> headers, String body) {

	StompFrame {
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	/** A frame without a body; {@code headers} are names and values in turn. */
	static StompFrame of(String command, String... headers) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < headers.length; i += 2) {
			map.putIfAbsent(headers[i], headers[i + 1]);
		}
		return new StompFrame(command, map, "");
	}

	/** An {@code ERROR} frame, after which the server closes the connection, as Spring's broker writes it. */
	static StompFrame error(String message) {
		return of("ERROR", "message", message, "content-length", "0");
	}

	@Nullable String header(String name) {
		return this.headers.get(name);
	}

	/** Whether the server closes the connection once it has sent this frame. */
	boolean closesConnection() {
		return "ERROR".equals(this.command);
	}

	/** The frame as the wire carries it, its header values escaped except in {@code CONNECTED}. */
	String encode() {
		StringBuilder frame = new StringBuilder(this.command).append('\n');
		boolean escape = !"CONNECTED".equals(this.command);
		this.headers.forEach((name, value) -> frame.append(escape ? escape(name) : name)
			.append(':')
			.append(escape ? escape(value) : value)
			.append('\n'));
		return frame.append('\n').append(this.body).append('\0').toString();
	}

	/** This frame with {@code body} and, last among its headers, its {@code content-length}. */
	StompFrame withBody(String body) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put("content-length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
		return new StompFrame(this.command, headers, body);
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace(":", "\\c");
	}

}
