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

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.spring.servlet.RawHttp;
import io.github.corspolicy.spring.websocket.RawHandshake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cors.websocket.enabled=false}: Spring's own origin checks decide every handshake, as
 * without the starter. The endpoint with no origins of its own refuses every other origin, the one
 * that calls {@code setAllowedOrigins} accepts its own list, and SockJS serves its iframe page.
 */
@SpringBootTest(classes = WebSocketTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cors.allowed-origins=https://app.example.com", "cors.websocket.enabled=false" })
@ExtendWith(OutputCaptureExtension.class)
class WebSocketHandshakeDisabledServletIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry registry;

	@Test
	void springsDefaultCheckRefusesEvenThePolicysOrigin() throws Exception {
		assertThat(RawHandshake.handshake(this.port, "/ws", "https://app.example.com")).isEqualTo(403);
	}

	@Test
	void anEndpointsOwnListDecides() throws Exception {
		assertThat(RawHandshake.handshake(this.port, "/legacy", WebSocketTestApplication.LEGACY_ORIGIN))
			.isEqualTo(101);
	}

	/** Served (200), where the policy's take-over answers 404; Spring Security's X-Frame-Options: DENY stays. */
	@Test
	void sockJsServesItsIframePageAsBefore() throws Exception {
		RawHttp.Response iframe = RawHttp.send(this.port, "GET /sockjs/iframe.html HTTP/1.1");
		assertThat(iframe.status()).isEqualTo(200);
		assertThat(iframe.body()).contains("SockJS");
	}

	@Test
	void nothingIsLoggedOrCountedAsAHandshake(CapturedOutput output) throws Exception {
		RawHandshake.handshake(this.port, "/ws", "https://evil.example");
		assertThat(output).doesNotContain("WebSocket handshake rejected").doesNotContain("WebSocket endpoint '/legacy'");
		assertThat(this.registry.find("cors.requests").tag("kind", "websocket").counters()).isEmpty();
	}

}
