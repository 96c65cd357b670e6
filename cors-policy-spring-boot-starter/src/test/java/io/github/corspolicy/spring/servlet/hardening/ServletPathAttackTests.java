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
package io.github.corspolicy.spring.servlet.hardening;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.github.corspolicy.spring.servlet.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * With {@code spring.mvc.servlet.path=/mvc}, a mapping on {@code /api/v1/**} covers
 * {@code /mvc/api/v1/...} however the servlet path is spelled, and the top-level policy (here
 * broader: it also allows {@code http://localhost:3000}) never answers instead.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = HardeningApplication.class, properties = {
		"spring.mvc.servlet.path=/mvc", "cors.mappings[0].name=v1", "cors.mappings[0].path-patterns=/api/v1/**",
		"cors.mappings[0].allowed-origins=http://localhost:5173" })
@ActiveProfiles("hardening")
class ServletPathAttackTests {

	private static final String TOP_LEVEL_ONLY = "http://localhost:3000";

	private static final String MAPPING_ORIGIN = "http://localhost:5173";

	@LocalServerPort
	private int port;

	static Stream<Arguments> paths() {
		return Stream.of(argumentSet("the plain path", "/mvc/api/v1/credits/balance"),
				argumentSet("a path parameter on the servlet path", "/mvc;jsessionid=1/api/v1/credits/balance"),
				argumentSet("an encoded servlet path", "/%6dvc/api/v1/credits/balance"),
				argumentSet("a dot-dot segment", "/mvc/api/x/../v1/credits/balance"),
				argumentSet("an error dispatch after a path parameter", "/mvc;x=1/api/v1/fail"),
				argumentSet("an error dispatch", "/mvc/api/v1/fail"));
	}

	@ParameterizedTest
	@MethodSource("paths")
	void originOnlyTheTopLevelPolicyAllowsGetsNoCorsHeaders(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + TOP_LEVEL_ONLY,
				"Authorization: Bearer demo-token");
		assertThat(response.hasCorsHeaders()).as(response.headers().toString()).isFalse();
		RawHttp.Response preflight = RawHttp.send(this.port, "OPTIONS " + path + " HTTP/1.1",
				"Origin: " + TOP_LEVEL_ONLY, "Access-Control-Request-Method: GET");
		assertThat(preflight.status()).isEqualTo(403);
		assertThat(preflight.hasCorsHeaders()).isFalse();
	}

	@ParameterizedTest
	@MethodSource("paths")
	void originTheMappingAllowsGetsItsHeaders(String path) throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, "GET " + path + " HTTP/1.1", "Origin: " + MAPPING_ORIGIN,
				"Authorization: Bearer demo-token");
		assertThat(response.header("Access-Control-Allow-Origin")).containsExactly(MAPPING_ORIGIN);
	}

}
