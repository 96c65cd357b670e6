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
package io.github.corspolicy.sample.gateway;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.corspolicy.sample.contract.GatewayCorsContract;
import io.github.corspolicy.sample.contract.TestUpstream;

/**
 * The gateway contract against the sample gateway as it ships (its application.yml), pointed at a
 * {@link TestUpstream} with {@code sample.upstream} and given the contract's response timeout. The
 * 429 comes from its {@code ping-rate-limited} route: one request per client in 10 s.
 */
@SpringBootTest(classes = GatewaySampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class SampleGatewayCorsContractTests extends GatewayCorsContract {

	private static final TestUpstream UPSTREAM = TestUpstream.start();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void inFrontOfTheTestUpstream(DynamicPropertyRegistry registry) {
		registry.add("sample.upstream", () -> UPSTREAM.uri().toString());
		registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> RESPONSE_TIMEOUT);
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

	@Override
	protected String rateLimitedPath() {
		return "/api/public/ping/limited";
	}

}
