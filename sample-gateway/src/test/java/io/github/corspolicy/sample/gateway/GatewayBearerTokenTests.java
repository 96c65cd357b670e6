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

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.corspolicy.sample.contract.SampleContract;
import io.github.corspolicy.sample.contract.SampleHttp;
import io.github.corspolicy.sample.contract.TestUpstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The token is checked at the gateway: a request that needs it and lacks it is answered 401 by the
 * gateway itself, with the policy's CORS headers, and never reaches the sample API; the sample API's
 * public paths pass without it.
 */
@SpringBootTest(classes = GatewaySampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class GatewayBearerTokenTests {

	private static final TestUpstream UPSTREAM = TestUpstream.start();

	private static final String FRONT_END = SampleContract.DEV_ORIGINS.get(0);

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void inFrontOfTheTestUpstream(DynamicPropertyRegistry registry) {
		registry.add("sample.upstream", () -> UPSTREAM.uri().toString());
	}

	@AfterAll
	static void stopUpstream() {
		UPSTREAM.close();
	}

	static Stream<Arguments> withoutAValidToken() {
		return Stream.of(argumentSet("no token on /api", "/api/v1/credits/balance", List.of()),
				argumentSet("no token on /dashboard", "/dashboard/update-profile", List.of()),
				argumentSet("a wrong token", "/api/v1/jobs/overview", List.of("Authorization", "Bearer wrong")),
				argumentSet("the token in another scheme", "/api/v1/jobs/overview",
						List.of("Authorization", "Basic " + SampleContract.TOKEN)),
				argumentSet("the token with a suffix", "/api/v1/jobs/overview",
						List.of("Authorization", SampleContract.BEARER + "x")));
	}

	@ParameterizedTest
	@MethodSource("withoutAValidToken")
	void theGatewayAnswers401ItselfWithCorsHeaders(String path, List<String> authorization) throws Exception {
		HttpResponse<String> response = get(path, authorization);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(FRONT_END);
		assertThat(response.headers().allValues("Access-Control-Allow-Credentials")).containsExactly("true");
		assertThat(response.body()).contains("\"status\":401", "\"path\":\"" + path + "\"");
		assertThat(UPSTREAM.requests("GET", path)).as("requests that reached the sample API").isZero();
	}

	static Stream<Arguments> passed() {
		return Stream.of(argumentSet("the token on /api", "/api/v1/credits/balance", List.of("Authorization",
				SampleContract.BEARER)),
				argumentSet("the token on /dashboard", "/dashboard/profile", List.of("Authorization", SampleContract.BEARER)),
				argumentSet("a public path without a token", SampleContract.PING, List.of()),
				argumentSet("the failing route without a token", SampleContract.FAIL, List.of()),
				argumentSet("a public path with a wrong token", "/api/public/other", List.of("Authorization",
						"Bearer wrong")));
	}

	@ParameterizedTest
	@MethodSource("passed")
	void theGatewayRoutesTheTokenAndThePublicPathsToTheSampleApi(String path, List<String> authorization)
			throws Exception {
		int before = UPSTREAM.requests("GET", path);
		HttpResponse<String> response = get(path, authorization);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue(TestUpstream.MARKER)).as("answered by the sample API").hasValue("200");
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(FRONT_END);
		assertThat(UPSTREAM.requests("GET", path)).isEqualTo(before + 1);
	}

	private HttpResponse<String> get(String path, List<String> authorization) throws Exception {
		String[] headers = Stream.concat(Stream.of("Origin", FRONT_END), authorization.stream()).toArray(String[]::new);
		return new SampleHttp(this.port).get(path, headers);
	}

}
