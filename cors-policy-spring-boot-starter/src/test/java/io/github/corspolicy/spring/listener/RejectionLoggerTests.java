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
package io.github.corspolicy.spring.listener;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.mapping.CorsMapping;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionLoggerTests {

	private final CorsPolicy policy = CorsPolicy.builder().allowedOrigins("https://app.example.com").build();

	private final CorsMapping mapping = new CorsMapping("default", List.of(), this.policy, "cors.");

	@Test
	void logsOneActionableLinePerRejection() {
		RecordingLog log = new RecordingLog(false);
		RejectionLogger logger = new RejectionLogger(log.log, Clock.systemUTC());
		reject(logger, CorsRequest.preflight("https://evil.example.com", "GET", null), "/api/x");
		assertThat(log.warnings).singleElement().asString()
			.startsWith("CORS preflight rejected with 403 for OPTIONS '/api/x' (mapping 'default', origin_not_allowed)")
			.contains("origin 'https://evil.example.com' is not allowed by cors.allowed-origins (1 origin)");
	}

	@Test
	void neverLogsMoreThanTheBoundInAMinuteAndThenSaysHowManyWereDropped() {
		RecordingLog log = new RecordingLog(false);
		MutableClock clock = new MutableClock();
		RejectionLogger logger = new RejectionLogger(log.log, clock);
		for (int i = 0; i < 5000; i++) {
			reject(logger, CorsRequest.actual("GET", "https://junk-" + i + ".example"), "/");
		}
		assertThat(log.infos).hasSize(RejectionLogger.LINES_PER_MINUTE);
		clock.now = clock.now.plusSeconds(61);
		reject(logger, CorsRequest.actual("GET", "https://late.example"), "/");
		assertThat(log.warnings).singleElement().asString()
			.startsWith((5000 - RejectionLogger.LINES_PER_MINUTE) + " more CORS rejections were not logged");
		assertThat(log.infos).hasSize(RejectionLogger.LINES_PER_MINUTE + 1);
	}

	@Test
	void atDebugEveryRejectionIsLoggedWithItsHeadersMadeSafe() {
		RecordingLog log = new RecordingLog(true);
		RejectionLogger logger = new RejectionLogger(log.log, Clock.systemUTC());
		for (int i = 0; i < 100; i++) {
			reject(logger, CorsRequest.preflight("https://evil.example.com", "GET", "x-a\r\nInjected: yes"), "/");
		}
		assertThat(log.debugs).hasSize(100);
		assertThat(log.debugs.get(0).toString()).doesNotContain("\r", "\n").contains("\\u000d\\u000a");
	}

	private void reject(RejectionLogger logger, CorsRequest request, String path) {
		CorsDecision decision = this.policy.evaluate(request);
		assertThat(decision.isRejected()).isTrue();
		logger.onDecision(this.mapping, request, decision, path);
	}

	static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-01-01T00:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	/** A log at INFO, or at DEBUG, that keeps what it is given. */
	static final class RecordingLog {

		final List<Object> debugs = new ArrayList<>();

		final List<Object> infos = new ArrayList<>();

		final List<Object> warnings = new ArrayList<>();

		final Log log;

		RecordingLog(boolean debug) {
			this.log = (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] { Log.class },
					(proxy, method, args) -> switch (method.getName()) {
						case "isDebugEnabled", "isTraceEnabled" -> debug;
						case "isInfoEnabled", "isWarnEnabled", "isErrorEnabled", "isFatalEnabled" -> true;
						case "debug" -> this.debugs.add(args[0]);
						case "info" -> this.infos.add(args[0]);
						case "warn" -> this.warnings.add(args[0]);
						default -> null;
					});
		}

	}

}
