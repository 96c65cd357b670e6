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
