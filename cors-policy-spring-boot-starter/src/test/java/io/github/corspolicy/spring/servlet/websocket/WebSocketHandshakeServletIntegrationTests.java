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
package io.github.corspolicy.spring.servlet.websocket;

import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import io.github.corspolicy.spring.servlet.RawHttp;
import io.github.corspolicy.spring.websocket.RawHandshake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handshakes to Spring's servlet WebSocket, SockJS and STOMP endpoints on Tomcat: the policy of the
 * handshake path's mapping decides, whether or not the endpoint calls {@code setAllowedOrigins}; a
 * refused handshake gets 403 before any endpoint, a log line and a
 * {@code cors.requests{kind=websocket}} count; no SockJS transport opens a session for a refused
 * origin; same-origin handshakes and clients without {@code Origin} go on; a mapping with CORS off
 * leaves Spring's own check in place.
 */
@SpringBootTest(classes = WebSocketTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cors.allowed-origins=https://app.example.com", "cors.mappings[0].name=partners",
				"cors.mappings[0].path-patterns=/partner/**", "cors.mappings[0].allowed-origins=https://partner.example",
				"cors.mappings[1].name=off", "cors.mappings[1].path-patterns=/off/**", "cors.mappings[1].enabled=false" })
@ExtendWith(OutputCaptureExtension.class)
class WebSocketHandshakeServletIntegrationTests {

	private static final String APP = "https://app.example.com";

	private static final String EVIL = "https://evil.example";

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry registry;

	@Test
	void aHandshakeFromAnAllowedOriginIsUpgradedAndEchoes() throws Exception {
		assertThat(echo("/ws", APP)).isEqualTo("echo: hello");
	}

	@Test
	void aHandshakeFromARefusedOriginGets403ALogLineAndACount(CapturedOutput output) throws Exception {
		double before = count("default", "rejected", "origin_not_allowed");
		assertThat(RawHandshake.handshake(this.port, "/ws", EVIL)).isEqualTo(403);
		assertThat(output).contains("WebSocket handshake rejected with 403 for 'GET' '/ws' (mapping 'default', "
				+ "origin_not_allowed): origin 'https://evil.example' is not allowed by cors.allowed-origins");
		assertThat(count("default", "rejected", "origin_not_allowed")).isEqualTo(before + 1);
	}

	@Test
	void anAllowedHandshakeIsCountedAsAllowedWebSocketNotAsAnActualRequest() throws Exception {
		double before = count("default", "allowed", "none");
		Counter actual = this.registry.find("cors.requests")
			.tags("kind", "actual", "mapping", "default", "outcome", "allowed")
			.counter();
		double actualBefore = actual.count();
		assertThat(RawHandshake.handshake(this.port, "/ws", APP)).isEqualTo(101);
		assertThat(count("default", "allowed", "none")).isEqualTo(before + 1);
		assertThat(actual.count()).isEqualTo(actualBefore);
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
				Arguments.argumentSet("a doubled slash", "//partner/ws", List.of("Origin: " + APP)),
				Arguments.argumentSet("a dot segment", "/partner/./ws", List.of("Origin: " + APP)),
				Arguments.argumentSet("a percent-encoded path", "/%70artner/w%73", List.of("Origin: " + APP)),
				Arguments.argumentSet("a path parameter", "/partner;x/ws;y", List.of("Origin: " + APP)),
				Arguments.argumentSet("a trailing slash", "/ws/", List.of("Origin: " + EVIL)),
				Arguments.argumentSet("the endpoint's own origin, which the policy refuses", "/legacy",
						List.of("Origin: " + WebSocketTestApplication.LEGACY_ORIGIN)),
				Arguments.argumentSet("a STOMP endpoint", "/stomp", List.of("Origin: " + EVIL)),
				Arguments.argumentSet("SockJS's raw WebSocket", "/sockjs/websocket", List.of("Origin: " + EVIL)),
				Arguments.argumentSet("SockJS's websocket transport", "/sockjs/000/abc/websocket",
						List.of("Origin: " + EVIL)));
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
				Arguments.argumentSet("Upgrade on two lines",
						List.of("Upgrade: h2c", "Upgrade: websocket", "Connection: Upgrade")),
				Arguments.argumentSet("Upgrade as a list", List.of("Upgrade: h2c, WEBSOCKET", "Connection: upgrade")));
	}

	@ParameterizedTest
	@MethodSource("upgradeSpellings")
	void everySpellingOfTheUpgradeIsCheckedAsAHandshake(List<String> upgrade) throws Exception {
		List<String> lines = with(upgrade, List.of("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
				"Sec-WebSocket-Version: 13", "Origin: " + EVIL));
		assertThat(RawHandshake.status(this.port, "GET /ws HTTP/1.1", lines)).isEqualTo(403);
	}

	static Stream<Arguments> allowedHandshakes() {
		return Stream.of(Arguments.argumentSet("the mapping of the handshake path", "/partner/ws", "https://partner.example"),
				Arguments.argumentSet("an endpoint that calls setAllowedOrigins with another list", "/legacy", APP),
				Arguments.argumentSet("a STOMP endpoint", "/stomp", APP),
				Arguments.argumentSet("SockJS's websocket transport", "/sockjs/000/abc/websocket", APP));
	}

	@ParameterizedTest
	@MethodSource("allowedHandshakes")
	void thePolicyAllowsWhatItAllows(String path, String origin) throws Exception {
		assertThat(RawHandshake.handshake(this.port, path, origin)).isEqualTo(101);
	}

	@Test
	void theEndpointThatCallsSetAllowedOriginsEchoesForThePolicysOrigin() throws Exception {
		assertThat(echo("/legacy", APP)).isEqualTo("echo: hello");
	}

	@Test
	void startUpWarnsOfAnEndpointsOwnOriginsWithBothLists(CapturedOutput output) {
		assertThat(output).contains("CORS configuration: WebSocket endpoint '/legacy' has its own allowed origins "
				+ "[https://other.example] (setAllowedOrigins or setAllowedOriginPatterns), but the policy of mapping "
				+ "'default' allows [https://app.example.com]. The policy decides every handshake");
		assertThat(output).doesNotContain("WebSocket endpoint '/ws' has its own").doesNotContain("'/sockjs/**' has");
	}

	@Test
	void aHandshakeFromTheServersOwnOriginGoesOn() throws Exception {
		assertThat(RawHandshake.handshake(this.port, "/ws", "http://localhost:" + this.port)).isEqualTo(101);
	}

	@Test
	void aHandshakeWithoutOriginGoesOn() throws Exception {
		assertThat(RawHandshake.handshake(this.port, "/ws", null)).isEqualTo(101);
	}

	static Stream<Arguments> sockJsRequestsFromARefusedOrigin() {
		return Stream.of(Arguments.argumentSet("info", "GET /sockjs/info HTTP/1.1"),
				Arguments.argumentSet("the xhr transport", "POST /sockjs/000/abc/xhr HTTP/1.1"),
				Arguments.argumentSet("the xhr_streaming transport", "POST /sockjs/000/abd/xhr_streaming HTTP/1.1"),
				Arguments.argumentSet("the eventsource transport", "GET /sockjs/000/abe/eventsource HTTP/1.1"),
				Arguments.argumentSet("the htmlfile transport", "GET /sockjs/000/abf/htmlfile?c=cb HTTP/1.1"),
				Arguments.argumentSet("xhr_send", "POST /sockjs/000/abc/xhr_send HTTP/1.1"),
				Arguments.argumentSet("the iframe page", "GET /sockjs/iframe.html HTTP/1.1"));
	}

	@ParameterizedTest
	@MethodSource("sockJsRequestsFromARefusedOrigin")
	void noSockJsRequestFromARefusedOriginGetsThrough(String requestLine) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, requestLine, "Origin: " + EVIL, "Content-Length: 0");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo("WebSocket handshake rejected: origin_not_allowed\n");
	}

	@Test
	void sockJsInfoAndAnHttpTransportWorkForAnAllowedOrigin() throws Exception {
		RawHttp.Response info = RawHttp.send(this.port, "GET /sockjs/info HTTP/1.1", "Origin: " + APP);
		assertThat(info.status()).isEqualTo(200);
		assertThat(info.body()).contains("\"websocket\":true");
		assertThat(info.header("Access-Control-Allow-Origin")).containsExactly(APP);
		RawHttp.Response open = RawHttp.send(this.port, "POST /sockjs/000/ok1/xhr HTTP/1.1", "Origin: " + APP,
				"Content-Length: 0");
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.body()).as("the open frame, chunked").startsWith("2\r\no\n\r\n");
	}

	@Test
	void theSockJsIframeIsNotServedOnceThePolicyDecides() throws Exception {
		assertThat(RawHttp.send(this.port, "GET /sockjs/iframe.html HTTP/1.1").status()).isEqualTo(404);
	}

	@Test
	void aMappingWithCorsOffLeavesSpringsOwnCheck(CapturedOutput output) throws Exception {
		assertThat(RawHandshake.handshake(this.port, "/off/ws", APP)).isEqualTo(403);
		assertThat(RawHandshake.handshake(this.port, "/off/ws", "http://localhost:" + this.port)).isEqualTo(101);
		assertThat(output).doesNotContain("for 'GET' '/off/ws'");
		assertThat(this.registry.find("cors.requests").tags("kind", "websocket", "mapping", "off").counters()).isEmpty();
	}

	private double count(String mapping, String outcome, String reason) {
		Counter counter = this.registry.find("cors.requests")
			.tags("kind", "websocket", "mapping", mapping, "outcome", outcome, "reason", reason)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private String echo(String path, String origin) throws Exception {
		WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
		headers.setOrigin(origin);
		BlockingQueue<String> replies = new LinkedBlockingQueue<>();
		TextWebSocketHandler handler = new TextWebSocketHandler() {

			@Override
			protected void handleTextMessage(WebSocketSession session, TextMessage message) {
				replies.add(message.getPayload());
			}

		};
		WebSocketSession session = new StandardWebSocketClient()
			.execute(handler, headers, URI.create("ws://localhost:" + this.port + path))
			.get(30, TimeUnit.SECONDS);
		try {
			session.sendMessage(new TextMessage("hello"));
			return replies.poll(30, TimeUnit.SECONDS);
		}
		finally {
			session.close();
		}
	}

	private static List<String> with(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
