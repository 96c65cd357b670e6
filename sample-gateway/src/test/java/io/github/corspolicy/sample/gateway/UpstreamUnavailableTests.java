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

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.netty.channel.ConnectTimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Which failures to reach the sample API get a gateway status instead of Boot's 500, found however
 * deep Reactor Netty wraps them. A refused connection is proven over HTTP by the gateway contract
 * ({@code stoppedUpstreamAnswers502Or503WithCorsHeaders}).
 */
class UpstreamUnavailableTests {

	static Stream<Arguments> failures() {
		return Stream.of(argumentSet("a refused connection", new ConnectException("Connection refused"),
				HttpStatus.SERVICE_UNAVAILABLE),
				argumentSet("a refused connection, wrapped as Netty does", new IOException("finishConnect(..) failed",
						new ConnectException("Connection refused")), HttpStatus.SERVICE_UNAVAILABLE),
				argumentSet("an unknown host", new IllegalStateException(new UnknownHostException("no-such-host")),
						HttpStatus.SERVICE_UNAVAILABLE),
				argumentSet("a connect timeout", new ConnectTimeoutException("connection timed out"),
						HttpStatus.GATEWAY_TIMEOUT),
				argumentSet("another timeout (Gateway answers its response timeout itself)", new TimeoutException(),
						null),
				argumentSet("a bug in the gateway", new IllegalStateException("bug"), null));
	}

	@ParameterizedTest
	@MethodSource("failures")
	void givesAConnectFailureTheGatewaysStatusAndLeavesOtherErrorsToBoot(Throwable failure,
			@Nullable HttpStatus status) {
		assertThat(UpstreamUnavailable.statusFor(failure)).isEqualTo(status);
	}

}
