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

import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.CorsRejection;

/**
 * What makes a request a WebSocket opening handshake, read as leniently as any server might read
 * it, so that no spelling slips past the origin check: any {@code Upgrade} line holding the token
 * {@code websocket} in any case, alone or in a list (RFC 9110 section 7.8). {@code Connection} and
 * the method are not looked at: a request that is not a valid handshake fails anyway, and refusing
 * it costs nothing.
 */
public final class WebSocketHandshakes {

	/** The status of a refused handshake, as of a rejected preflight. */
	public static final int REFUSED_STATUS = 403;

	private WebSocketHandshakes() {
	}

	/** Whether some of the {@code Upgrade} lines asks for {@code websocket}. */
	public static boolean isUpgrade(@Nullable Iterator<String> upgradeLines) {
		if (upgradeLines == null) {
			return false;
		}
		while (upgradeLines.hasNext()) {
			if (holdsWebSocket(upgradeLines.next())) {
				return true;
			}
		}
		return false;
	}

	/** Whether one {@code Upgrade} line holds the token {@code websocket}, in any case. */
	static boolean holdsWebSocket(@Nullable String line) {
		if (line == null) {
			return false;
		}
		for (String token : line.split(",")) {
			String protocol = token.trim();
			int version = protocol.indexOf('/');
			if ((version >= 0 ? protocol.substring(0, version) : protocol).trim().equalsIgnoreCase("websocket")) {
				return true;
			}
		}
		return false;
	}

	/** The short text body of a refused handshake, like that of a rejected preflight. */
	public static byte[] refusalBody(@Nullable CorsRejection rejection) {
		String reason = (rejection != null) ? rejection.reason().tag() : "rejected";
		return ("WebSocket handshake rejected: " + reason + "\n").getBytes(StandardCharsets.UTF_8);
	}

}
