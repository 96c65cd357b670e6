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
package io.github.corspolicy.doctor;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.github.corspolicy.doctor.LocalServer.Reply;
import io.github.corspolicy.doctor.LocalServer.Request;

/**
 * A gateway in front of an upstream, as Spring Cloud Gateway, nginx or Envoy are: it forwards every
 * request to the upstream with the same method, path and headers, passes the upstream's answer on,
 * lets a filter add its own headers to every answer, and answers 502 when the upstream refuses the connection and 504
 * when it does not answer in time. It adds no mark of its own, as Spring Cloud Gateway by default.
 */
final class FakeGateway implements Function<Request, Reply> {

	/** Headers that belong to one connection, or that the JDK's client sets itself. */
	private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "host", "date",
			"transfer-encoding", "keep-alive", "upgrade", "expect");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String upstream;

	private final Duration timeout;

	private final UnaryOperator<Reply> filter;

	private FakeGateway(String upstream, Duration timeout, UnaryOperator<Reply> filter) {
		this.upstream = upstream;
		this.timeout = timeout;
		this.filter = filter;
	}

	/** A gateway routing everything to {@code upstream} (scheme, host and port), applying the filter to each answer. */
	static FakeGateway routingTo(String upstream, Duration timeout, UnaryOperator<Reply> filter) {
		return new FakeGateway(upstream, timeout, filter);
	}

	/** A gateway whose route finds no instance of the service, as Spring Cloud Gateway's load balancer answers: 503. */
	static FakeGateway withoutInstances(UnaryOperator<Reply> filter) {
		return new FakeGateway("", Duration.ZERO, filter);
	}

	/** The upstream's answer or the gateway's own error, each through the filter. */
	@Override
	public Reply apply(Request request) {
		return this.filter.apply(answer(request));
	}

	private Reply answer(Request request) {
		if (this.upstream.isEmpty()) {
			return Reply.status(503).body("{\"status\":503,\"error\":\"Service Unavailable\",\"message\":\"Unable to find "
					+ "instance for orders\"}");
		}
		try {
			return forward(request);
		}
		catch (HttpTimeoutException ex) {
			return Reply.status(504).body("{\"status\":504,\"error\":\"Gateway Timeout\"}");
		}
		catch (ConnectException ex) {
			return Reply.status(502).body("{\"status\":502,\"error\":\"Bad Gateway\"}");
		}
		catch (IOException ex) {
			return Reply.status(502).body(String.valueOf(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Reply.status(503);
		}
	}

	private Reply forward(Request request) throws IOException, InterruptedException {
		HttpRequest.Builder forwarded = HttpRequest.newBuilder(URI.create(this.upstream + request.path()))
			.timeout(this.timeout)
			.method(request.method(), BodyPublishers.noBody());
		request.headers().forEach((name, values) -> {
			if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
				values.forEach((value) -> forwarded.header(name, value));
			}
		});
		HttpResponse<String> response = this.client.send(forwarded.build(), BodyHandlers.ofString());
		Reply reply = Reply.status(response.statusCode()).body(response.body());
		for (var header : response.headers().map().entrySet()) {
			if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT)) && !header.getKey().startsWith(":")) {
				for (String value : header.getValue()) {
					reply = reply.header(header.getKey(), value);
				}
			}
		}
		return reply;
	}

	/** The filter that adds header lines to every answer, given as name, value, name, value... */
	static UnaryOperator<Reply> adding(String... namesAndValues) {
		return (reply) -> {
			Reply added = reply;
			for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
				added = added.header(namesAndValues[i], namesAndValues[i + 1]);
			}
			return added;
		};
	}

}
