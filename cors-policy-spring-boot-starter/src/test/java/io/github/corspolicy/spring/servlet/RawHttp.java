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
package io.github.corspolicy.spring.servlet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so that a test can send what no well-behaved client would: repeated
 * headers, raw UTF-8, a carriage return inside a value, oversized values.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** A response: status, headers by lower-case name, body. */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		public List<String> header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

		public boolean hasCorsHeaders() {
			return this.headers.keySet().stream().anyMatch((name) -> name.startsWith("access-control-"));
		}

	}

	/**
	 * Sends a request made of the given lines (request line first, then header lines), adding
	 * {@code Host} and {@code Connection: close}, and reads the whole response.
	 */
	public static Response send(int port, String... lines) throws IOException {
		StringBuilder request = new StringBuilder();
		request.append(lines[0]).append("\r\n");
		request.append("Host: localhost:").append(port).append("\r\n");
		for (int i = 1; i < lines.length; i++) {
			request.append(lines[i]).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			return parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toByteArray();
	}

	private static Response parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int headEnd = text.indexOf("\r\n\r\n");
		String head = (headEnd < 0) ? text : text.substring(0, headEnd);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), (k) -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).trim());
		}
		return new Response(status, headers, (headEnd < 0) ? "" : text.substring(headEnd + 4));
	}

}
