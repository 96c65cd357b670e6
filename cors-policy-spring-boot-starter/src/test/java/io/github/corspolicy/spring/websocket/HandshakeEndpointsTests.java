package io.github.corspolicy.spring.websocket;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which lookup paths are an endpoint's, for a plain endpoint at {@code /ws} and a SockJS one at
 * {@code /sockjs/**}, as their handler mappings register them.
 */
class HandshakeEndpointsTests {

	static Stream<Arguments> paths() {
		return Stream.of(
				Arguments.argumentSet("the endpoint", "/ws", true),
				Arguments.argumentSet("the endpoint with a trailing slash", "/ws/", true),
				Arguments.argumentSet("below the endpoint", "/ws/x", false),
				Arguments.argumentSet("another path", "/wss", false),
				Arguments.argumentSet("the SockJS base", "/sockjs", true),
				Arguments.argumentSet("SockJS info", "/sockjs/info", true),
				Arguments.argumentSet("a SockJS transport", "/sockjs/000/abc/xhr_streaming", true),
				Arguments.argumentSet("the root", "/", false));
	}

	@ParameterizedTest
	@MethodSource("paths")
	void coversTheEndpointsPaths(String lookupPath, boolean covered) {
		HandshakeEndpoints endpoints = new HandshakeEndpoints();
		endpoints.add("/ws");
		endpoints.add("/sockjs/**");
		assertThat(endpoints.covers(lookupPath)).isEqualTo(covered);
	}

}
