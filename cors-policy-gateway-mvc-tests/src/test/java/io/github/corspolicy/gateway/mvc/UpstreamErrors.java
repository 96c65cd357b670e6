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

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The statuses a gateway owes the client when the upstream fails: Gateway Server MVC 5.0.4 lets
 * the client's {@link ResourceAccessException} through, and Boot's error page answers 500 for a
 * refused connection and for a read timeout alike. A route maps it with
 * {@code .onError(ResourceAccessException.class, UpstreamErrors::answer)}: 504 when the upstream
 * did not answer in time, 502 when it could not be reached.
 */
final class UpstreamErrors {

	private UpstreamErrors() {
	}

	static ServerResponse answer(Throwable failure, ServerRequest request) {
		HttpStatus status = isTimeout(failure) ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
		return ServerResponse.status(status).build();
	}

	private static boolean isTimeout(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
