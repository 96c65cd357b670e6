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
package io.github.corspolicy.doctor.http;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;

/**
 * Says why no response came, in words a person can act on: the JDK's exceptions often carry no message.
 */
final class TransportFailures {

	private TransportFailures() {
	}

	static String describe(Exception ex) {
		if (ex instanceof HttpConnectTimeoutException) {
			return "no connection within " + HttpTransport.CONNECT_TIMEOUT.toSeconds() + " s";
		}
		if (ex instanceof HttpTimeoutException) {
			return "no response within " + HttpTransport.REQUEST_TIMEOUT.toSeconds() + " s";
		}
		if (causedBy(ex, UnresolvedAddressException.class)) {
			return "the host name does not resolve";
		}
		if (ex instanceof ConnectException) {
			return "connection refused: is the server running, on this host and port?";
		}
		if (causedBy(ex, SSLException.class)) {
			return "the TLS handshake failed: " + message(ex);
		}
		if (ex instanceof IllegalArgumentException) {
			return "the JDK's HTTP client refused the request: " + message(ex);
		}
		return message(ex);
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/** The first message in the chain of causes, or the exception's name. */
	private static String message(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			@Nullable String message = cause.getMessage();
			if (message != null && !message.isBlank()) {
				return message;
			}
		}
		return ex.getClass().getSimpleName();
	}

}
