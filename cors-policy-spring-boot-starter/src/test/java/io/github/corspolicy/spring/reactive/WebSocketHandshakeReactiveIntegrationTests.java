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
package io.github.corspolicy.spring.reactive;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import io.github.corspolicy.spring.websocket.RawHandshake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebSocket handshakes to a WebFlux {@code WebSocketHandler} on Netty, which does no origin check of
 * its own: the policy of the handshake path's mapping decides, a refused handshake gets 403 before
 * any handler, a log line and a {@code cors.requests{kind=websocket}} count, and handshakes from the
 * server's own origin or without {@code Origin} go on.
 */
@SpringBootTest(classes = WebSocketHandshakeReactiveIntegrationTests.EchoApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive",
				"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive."
						+ "TomcatReactiveWebServerAutoConfiguration",
				"cors.allowed-origins=https://app.example.com", "cors.mappings[0].name=partners",
				"cors.mappings[0].path-patterns=/partner/**", "cors.mappings[0].allowed-origins=https://partner.example",
				"cors.mappings[1].name=off", "cors.mappings[1].path-patterns=/off/**", "cors.mappings[1].enabled=false" })
@ExtendWith(OutputCaptureExtension.class)
class WebSocketHandshakeReactiveIntegrationTests {

	private static final String APP = "https://app.example.com";

	private static final String EVIL = "https://evil.example";

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry registry;

	@Test
	void aHandshakeFromAnAllowedOriginIsUpgradedAndEchoes() {
		assertThat(echo("/ws", APP)).isEqualTo("echo: hello");
	}

	@Test
	void aHandshakeFromARefusedOriginGets403ALogLineAndACount(CapturedOutput output) throws Exception {
		double before = rejectedHandshakes("default");
		assertThat(RawHandshake.handshake(this.port, "/ws", EVIL)).isEqualTo(403);
		assertThat(output).contains("WebSocket handshake rejected with 403 for 'GET' '/ws' (mapping 'default', "
				+ "origin_not_allowed)");
		assertThat(rejectedHandshakes("default")).isEqualTo(before + 1);
	}

	static Stream<Arguments> hostileHandshakes() {
		return Stream.of(
				Arguments.argumentSet("a refused origin", "/ws", List.of("Origin: " + EVIL)),
				Arguments.argumentSet("Origin null", "/ws", List.of("Origin: null")),
				Arguments.argumentSet("two Origin lines, the first allowed", "/ws",
						List.of("Origin: " + APP, "Origin: " + EVIL)),
				Arguments.argumentSet("the allowed origin with a path", "/ws", List.of("Origin: " + APP + "/")),
				Arguments.argumentSet("an origin allowed by another mapping only", "/ws",
						List.of("Origin: https://partner.example")),
				Arguments.argumentSet("the top-level origin on the partners' path", "/partner/ws",
						List.of("Origin: " + APP)),
				Arguments.argumentSet("a path that only matches after normalisation", "//partner/./ws",
						List.of("Origin: " + APP)),
				Arguments.argumentSet("a percent-encoded path", "/%70artner/ws", List.of("Origin: " + APP)),
				Arguments.argumentSet("a path parameter", "/partner;x/ws", List.of("Origin: " + APP)));
	}

	@ParameterizedTest
	@MethodSource("hostileHandshakes")
	void aHostileHandshakeGets403(String path, List<String> origins) throws Exception {
		assertThat(RawHandshake.status(this.port, "GET " + path + " HTTP/1.1", with(RawHandshake.UPGRADE, origins)))
			.isEqualTo(403);
	}

	static Stream<Arguments> upgradeSpellings() {
		return Stream.of(
				Arguments.argumentSet("Upgrade: WebSocket", List.of("Upgrade: WebSocket", "Connection: Upgrade")),
				Arguments.argumentSet("Connection: keep-alive, Upgrade",
						List.of("Upgrade: websocket", "Connection: keep-alive, Upgrade")),
				Arguments.argumentSet("Upgrade on two lines", List.of("Upgrade: h2c", "Upgrade: websocket",
						"Connection: Upgrade")),
				Arguments.argumentSet("Upgrade as a list", List.of("Upgrade: h2c, WEBSOCKET", "Connection: upgrade")));
	}

	@ParameterizedTest
	@MethodSource("upgradeSpellings")
	void everySpellingOfTheUpgradeIsCheckedAsAHandshake(List<String> upgrade) throws Exception {
		List<String> lines = with(upgrade, List.of("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
				"Sec-WebSocket-Version: 13", "Origin: " + EVIL));
		assertThat(RawHandshake.status(this.port, "GET /ws HTTP/1.1", lines)).isEqualTo(403);
	}

	@Test
	void theMappingOfTheHandshakePathDecides() {
		assertThat(echo("/partner/ws", "https://partner.example")).isEqualTo("echo: hello");
	}

	@Test
	void aHandshakeFromTheServersOwnOriginGoesOn() throws Exception {
		assertThat(RawHandshake.handshake(this.port, "/ws", "http://localhost:" + this.port)).isEqualTo(101);
	}

	@Test
	void aHandshakeWithoutOriginGoesOn() throws Exception {
		assertThat(RawHandshake.handshake(this.port, "/ws", null)).isEqualTo(101);
	}

	@Test
	void aMappingWithCorsOffChecksNothingAndWebFluxChecksNoOrigin() throws Exception {
		assertThat(RawHandshake.handshake(this.port, "/off/ws", EVIL)).isEqualTo(101);
	}

	@Test
	void anAllowedHandshakeIsCountedAsAllowedWebSocket() {
		double before = count("default", "allowed", "none");
		echo("/ws", APP);
		assertThat(count("default", "allowed", "none")).isEqualTo(before + 1);
	}

	private double rejectedHandshakes(String mapping) {
		return count(mapping, "rejected", "origin_not_allowed");
	}

	private double count(String mapping, String outcome, String reason) {
		var counter = this.registry.find("cors.requests")
			.tags("kind", "websocket", "mapping", mapping, "outcome", outcome, "reason", reason)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private String echo(String path, String origin) {
		HttpHeaders headers = new HttpHeaders();
		headers.setOrigin(origin);
		Sinks.One<String> reply = Sinks.one();
		new ReactorNettyWebSocketClient()
			.execute(URI.create("ws://localhost:" + this.port + path), headers,
					(session) -> session.send(Mono.just(session.textMessage("hello")))
						.thenMany(session.receive().map(WebSocketMessage::getPayloadAsText).take(1))
						.doOnNext(reply::tryEmitValue)
						.then())
			.block(Duration.ofSeconds(30));
		return reply.asMono().block(Duration.ofSeconds(30));
	}

	private static List<String> with(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	/** An echo {@code WebSocketHandler} at three paths, behind a Spring Security chain that permits all. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class EchoApplication {

		@Bean
		HandlerMapping webSocketMapping() {
			WebSocketHandler echo = (session) -> session.send(session.receive()
				.map((message) -> session.textMessage("echo: " + message.getPayloadAsText())));
			return new SimpleUrlHandlerMapping(Map.of("/ws", echo, "/partner/ws", echo, "/off/ws", echo), -1);
		}

		@Bean
		SecurityWebFilterChain permitAll(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
				.csrf(ServerHttpSecurity.CsrfSpec::disable)
				.build();
		}

	}

}
