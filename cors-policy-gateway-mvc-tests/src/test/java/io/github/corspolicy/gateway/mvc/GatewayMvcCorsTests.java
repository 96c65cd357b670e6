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
package io.github.corspolicy.gateway.mvc;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.corspolicy.sample.contract.GatewayCorsContract;
import io.github.corspolicy.sample.contract.TestUpstream;

/**
 * The gateway CORS contract against Gateway Server MVC on Tomcat, in front of a real upstream.
 */
@SpringBootTest(classes = GatewayMvcTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayMvcCorsTests extends GatewayCorsContract {

	private static final TestUpstream UPSTREAM = TestUpstream.start();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void upstream(DynamicPropertyRegistry registry) {
		registry.add("gateway-test.upstream", () -> UPSTREAM.uri().toString());
	}

	@AfterAll
	static void stopUpstream() {
		UPSTREAM.close();
	}

	@Override
	protected int gatewayPort() {
		return this.port;
	}

	@Override
	protected TestUpstream upstream() {
		return UPSTREAM;
	}

}
