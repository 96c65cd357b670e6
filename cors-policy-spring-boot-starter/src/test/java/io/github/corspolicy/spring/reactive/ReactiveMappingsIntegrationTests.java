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

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.spring.servlet.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-path mappings on Netty under {@code spring.webflux.base-path}: matched on the path within the
 * application, normalised as on a servlet container; a mapping with {@code enabled: false} is left
 * alone; {@code cors.preflight-status} and Private Network Access apply as on the servlet side.
 */
@SpringBootTest(classes = StackParityTests.ParityApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive",
				"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive."
						+ "TomcatReactiveWebServerAutoConfiguration",
				"spring.webflux.base-path=/app", "cors.allowed-origins=https://app.example.com",
				"cors.preflight-status=200", "cors.allow-private-network=true", "cors.mappings[0].name=admin",
				"cors.mappings[0].path-patterns=/api/admin/**",
				"cors.mappings[0].allowed-origins=https://admin.example.com", "cors.mappings[1].name=internal",
				"cors.mappings[1].path-patterns=/api/hello", "cors.mappings[1].enabled=false" })
class ReactiveMappingsIntegrationTests {

	private static final String APP = "https://app.example.com";

	private static final String ADMIN = "https://admin.example.com";

	@LocalServerPort
	private int port;

	static Stream<Arguments> spellingsOfTheAdminPath() {
		return Stream.of(Arguments.argumentSet("the plain path", "/app/api/admin/report"),
				Arguments.argumentSet("a dot-dot segment", "/app/api/other/../admin/report"),
				Arguments.argumentSet("an encoded dot-dot segment", "/app/api/other/%2e%2e/admin/report"),
				Arguments.argumentSet("a path parameter", "/app/api/admin;x=1/report"),
				Arguments.argumentSet("a double slash", "/app/api//admin/report"),
				Arguments.argumentSet("an encoded letter", "/app/api/%61dmin/report"));
	}

	@ParameterizedTest
	@MethodSource("spellingsOfTheAdminPath")
	void theAdminMappingAppliesHoweverItsPathIsSpelled(String path) throws Exception {
		RawHttp.Response refused = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1", "Origin: " + APP,
				"Access-Control-Request-Method: GET");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).isEqualTo("CORS preflight rejected: origin_not_allowed\n");
		RawHttp.Response accepted = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1", "Origin: " + ADMIN,
				"Access-Control-Request-Method: GET");
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.header("Access-Control-Allow-Origin")).containsExactly(ADMIN);
	}

	@Test
	void preflightsAreAnsweredWithTheConfiguredStatusAndPrivateNetworkAccess() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "OPTIONS /app/api/other HTTP/1.1", "Origin: " + APP,
				"Access-Control-Request-Method: GET", "Access-Control-Request-Private-Network: true");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(response.header("Access-Control-Allow-Private-Network")).containsExactly("true");
	}

	@Test
	void aDisabledMappingIsLeftAlone() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET /app/api/hello HTTP/1.1", "Origin: " + APP);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.hasCorsHeaders()).isFalse();
		assertThat(response.header("Vary")).isEmpty();
		RawHttp.Response admin = RawHttp.send(this.port, "GET /app/api/admin/report HTTP/1.1", "Origin: " + ADMIN);
		assertThat(admin.header("Access-Control-Allow-Origin")).containsExactly(ADMIN);
	}

}
