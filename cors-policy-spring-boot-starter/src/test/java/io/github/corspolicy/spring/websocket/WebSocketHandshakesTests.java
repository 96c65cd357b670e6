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
