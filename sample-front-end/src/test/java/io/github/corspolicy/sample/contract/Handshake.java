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
package io.github.corspolicy.sample.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * A WebSocket opening handshake (RFC 6455 section 4.1) sent over a plain socket, as
 * {@code curl --http1.1 -H 'Upgrade: websocket' ...} sends it, so that the status and headers of the
 * answer are what the server wrote; the connection is closed once the headers are read.
 */
public final class Handshake {

	private static final int TIMEOUT_MILLIS = 60_000;

	private Handshake() {
	}

	/** Sends the handshake for {@code path} with this {@code Origin} (none if {@code null}). */
	public static Answer send(int port, String path, @Nullable String origin) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(TIMEOUT_MILLIS);
			socket.getOutputStream().write(request(port, path, origin).getBytes(StandardCharsets.ISO_8859_1));
			return Answer.read(socket.getInputStream());
		}
	}

	private static String request(int port, String path, @Nullable String origin) {
		byte[] key = new byte[16];
		ThreadLocalRandom.current().nextBytes(key);
		return "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
				+ "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
				+ Base64.getEncoder().encodeToString(key) + "\r\n" + ((origin != null) ? "Origin: " + origin + "\r\n" : "")
				+ "\r\n";
	}

	/** The status line's code and the headers, their names in lower case. */
	public record Answer(int status, Map<String, String> headers) {

		public @Nullable String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		static Answer read(InputStream in) throws IOException {
			String[] lines = head(in).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers);
		}

		private static String head(InputStream in) throws IOException {
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			for (int octet = in.read(); octet >= 0; octet = in.read()) {
				head.write(octet);
				if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
					break;
				}
			}
			return head.toString(StandardCharsets.ISO_8859_1).strip();
		}

	}

}
