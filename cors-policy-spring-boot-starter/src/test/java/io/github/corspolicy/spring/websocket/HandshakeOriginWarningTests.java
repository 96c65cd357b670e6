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
