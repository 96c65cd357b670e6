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

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.spring.mapping.CorsMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an endpoint's own allowed origins earn a start-up warning: only when it has some and they
 * differ from the policy's origins, patterns and regexes.
 */
class HandshakeOriginWarningTests {

	private static final CorsMapping MAPPING = new CorsMapping("api", List.of(), CorsPolicy.builder()
		.allowedOrigins("https://app.example.com")
		.allowedOriginPatterns("https://*.example.org")
		.build(), "cors.mappings[0].");

	static Stream<Arguments> ownOrigins() {
		return Stream.of(
				Arguments.argumentSet("none of its own", List.of(), false),
				Arguments.argumentSet("the policy's", List.of("https://app.example.com", "https://*.example.org"), false),
				Arguments.argumentSet("the policy's in another case and order",
						List.of("https://*.EXAMPLE.org", "HTTPS://app.example.com"), false),
				Arguments.argumentSet("fewer than the policy's", List.of("https://app.example.com"), true),
				Arguments.argumentSet("another origin", List.of("https://other.example"), true),
				Arguments.argumentSet("any origin", List.of("*"), true));
	}

	@ParameterizedTest
	@MethodSource("ownOrigins")
	void warnsWhenTheListsDiffer(List<String> own, boolean warns) {
		assertThat(HandshakeOriginWarning.of("/ws", own, MAPPING) != null).isEqualTo(warns);
	}

	@Test
	void theWarningNamesTheEndpointBothListsAndTheFix() {
		assertThat(HandshakeOriginWarning.of("/ws", List.of("https://other.example"), MAPPING)).isEqualTo(
				"WebSocket endpoint '/ws' has its own allowed origins [https://other.example] (setAllowedOrigins or "
						+ "setAllowedOriginPatterns), but the policy of mapping 'api' allows [https://app.example.com, "
						+ "https://*.example.org]. The policy decides every handshake (cors.websocket.enabled=true): "
						+ "remove the setAllowedOrigins/setAllowedOriginPatterns call and list the origins in "
						+ "cors.mappings[0].allowed-origins, or set cors.websocket.enabled=false to keep Spring's own "
						+ "check instead");
	}

}
