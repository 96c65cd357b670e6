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

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@code Upgrade} lines make a request a WebSocket handshake: every spelling a server might
 * accept, so that none slips past the origin check.
 */
class WebSocketHandshakesTests {

	static Stream<Arguments> upgrades() {
		return Stream.of(
				Arguments.argumentSet("websocket", new String[] { "websocket" }, true),
				Arguments.argumentSet("WebSocket, as Spring writes it", new String[] { "WebSocket" }, true),
				Arguments.argumentSet("upper case", new String[] { "WEBSOCKET" }, true),
				Arguments.argumentSet("in a list, after another protocol", new String[] { "h2c, websocket" }, true),
				Arguments.argumentSet("with spaces and a version", new String[] { "  websocket/13 " }, true),
				Arguments.argumentSet("on the second line", new String[] { "h2c", "websocket" }, true),
				Arguments.argumentSet("another protocol only", new String[] { "h2c" }, false),
				Arguments.argumentSet("a longer token", new String[] { "websockets" }, false),
				Arguments.argumentSet("an empty line", new String[] { "" }, false),
				Arguments.argumentSet("no line", new String[0], false));
	}

	@ParameterizedTest
	@MethodSource("upgrades")
	void findsTheWebSocketToken(String[] lines, boolean handshake) {
		assertThat(WebSocketHandshakes.isUpgrade(Arrays.asList(lines).iterator())).isEqualTo(handshake);
	}

}
