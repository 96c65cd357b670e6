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

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRejection;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.core.LogSafe;
import io.github.corspolicy.spring.mapping.CorsMapping;

/**
 * Logs each rejection in one line that names the property to change: rejected preflights and refused
 * WebSocket handshakes at WARN, origins that are not allowed at INFO, at most {@value #LINES_PER_MINUTE} lines a minute, so a
 * flood of junk origins can neither flood the log nor grow memory. At DEBUG every rejection is
 * logged. The line names the path as the client sent it; every request value is quoted log-safe.
 */
public final class RejectionLogger implements CorsDecisionListener {

	static final int LINES_PER_MINUTE = 20;

	private static final long WINDOW_MILLIS = 60_000;

	private final Log logger;

	private final Clock clock;

	private final AtomicLong windowStart = new AtomicLong();

	private final AtomicInteger linesInWindow = new AtomicInteger();

	private final AtomicInteger suppressed = new AtomicInteger();

	public RejectionLogger() {
		this(LogFactory.getLog(RejectionLogger.class), Clock.systemUTC());
	}

	RejectionLogger(Log logger, Clock clock) {
		this.logger = logger;
		this.clock = clock;
	}

	@Override
	public void onDecision(CorsMapping mapping, CorsRequest corsRequest, CorsDecision decision, String path) {
		CorsRejection rejection = decision.rejection();
		if (rejection == null) {
			return;
		}
		boolean preflight = decision.isPreflight();
		if (this.logger.isDebugEnabled()) {
			this.logger.debug(line(corsRequest, path, mapping, rejection, preflight) + details(corsRequest));
		}
		else if ((preflight ? this.logger.isWarnEnabled() : this.logger.isInfoEnabled()) && acquire()) {
			String line = line(corsRequest, path, mapping, rejection, preflight);
			if (preflight) {
				this.logger.warn(line);
			}
			else {
				this.logger.info(line);
			}
		}
	}

	/** A refused handshake is logged at WARN, as a rejected preflight, within the same limit. */
	@Override
	public void onHandshake(CorsMapping mapping, CorsRequest corsRequest, CorsDecision decision, String path) {
		CorsRejection rejection = decision.rejection();
		if (rejection == null) {
			return;
		}
		if (this.logger.isDebugEnabled()) {
			this.logger.debug(handshakeLine(corsRequest, path, mapping, rejection) + details(corsRequest));
		}
		else if (this.logger.isWarnEnabled() && acquire()) {
			this.logger.warn(handshakeLine(corsRequest, path, mapping, rejection));
		}
	}

	private static String handshakeLine(CorsRequest request, String path, CorsMapping mapping,
			CorsRejection rejection) {
		return "WebSocket handshake rejected with 403 for " + LogSafe.quote(request.method()) + " "
				+ LogSafe.quote(path) + " (mapping '" + mapping.name() + "', " + rejection.reason().tag() + "): "
				+ rejection.message(mapping.propertyPrefix());
	}

	private static String line(CorsRequest request, String path, CorsMapping mapping, CorsRejection rejection,
			boolean preflight) {
		String what = preflight ? "CORS preflight rejected with 403 for OPTIONS "
				: "CORS headers withheld from " + LogSafe.quote(request.method()) + " ";
		return what + LogSafe.quote(path) + " (mapping '" + mapping.name() + "', "
				+ rejection.reason().tag() + "): " + rejection.message(mapping.propertyPrefix());
	}

	private static String details(CorsRequest request) {
		String origin = request.origin();
		StringBuilder details = new StringBuilder(" [Origin: ").append((origin != null) ? LogSafe.quote(origin) : "none");
		if (request.accessControlRequestMethod() != null) {
			details.append(", Access-Control-Request-Method: ")
				.append(LogSafe.quote(request.accessControlRequestMethod()));
		}
		if (request.accessControlRequestHeaders() != null) {
			details.append(", Access-Control-Request-Headers: ")
				.append(LogSafe.quote(request.accessControlRequestHeaders()));
		}
		return details.append(']').toString();
	}

	private boolean acquire() {
		long now = this.clock.millis();
		long start = this.windowStart.get();
		if (now - start >= WINDOW_MILLIS && this.windowStart.compareAndSet(start, now)) {
			this.linesInWindow.set(0);
			int dropped = this.suppressed.getAndSet(0);
			if (dropped > 0) {
				this.logger.warn(dropped + " more CORS rejections were not logged in the last minute; "
						+ "set logging.level." + RejectionLogger.class.getName() + "=DEBUG to see every one");
			}
		}
		if (this.linesInWindow.incrementAndGet() <= LINES_PER_MINUTE) {
			return true;
		}
		this.suppressed.incrementAndGet();
		return false;
	}

}
