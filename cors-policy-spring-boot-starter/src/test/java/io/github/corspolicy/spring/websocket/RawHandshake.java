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
package io.github.corspolicy.spring.websocket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A WebSocket opening handshake over a plain socket, so that a test can send what a hostile page or
 * a broken client might: any {@code Upgrade} and {@code Connection} spelling, several {@code Origin}
 * lines, any path. Only the status line and headers of the answer are read: a {@code 101} leaves the
 * connection open, so the socket is closed as soon as the head has arrived.
 */
public final class RawHandshake {

	/** The usual handshake header lines, without {@code Origin}. */
	public static final List<String> UPGRADE = List.of("Upgrade: websocket", "Connection: Upgrade",
			"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13");

	private RawHandshake() {
	}

	/** The status of a handshake on the path, with the usual upgrade headers and the given origin. */
	public static int handshake(int port, String path, @Nullable String origin) throws IOException {
		List<String> lines = new ArrayList<>(UPGRADE);
		if (origin != null) {
			lines.add("Origin: " + origin);
		}
		return status(port, "GET " + path + " HTTP/1.1", lines);
	}

	/** The status of a request made of the request line and exactly the given header lines. */
	public static int status(int port, String requestLine, List<String> headerLines) throws IOException {
		String head = head(port, requestLine, headerLines);
		return Integer.parseInt(head.split(" ", 3)[1]);
	}

	/** The head of the answer (status line and headers) to a request with the given lines. */
	public static String head(int port, String requestLine, List<String> headerLines) throws IOException {
		StringBuilder request = new StringBuilder(requestLine).append("\r\n");
		request.append("Host: localhost:").append(port).append("\r\n");
		headerLines.forEach((line) -> request.append(line).append("\r\n"));
		request.append("\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return readHead(socket.getInputStream());
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int matched = 0;
		int next;
		while (matched < 4 && (next = in.read()) >= 0) {
			bytes.write(next);
			matched = (next == "\r\n\r\n".charAt(matched)) ? matched + 1 : (next == '\r') ? 1 : 0;
		}
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}

}
