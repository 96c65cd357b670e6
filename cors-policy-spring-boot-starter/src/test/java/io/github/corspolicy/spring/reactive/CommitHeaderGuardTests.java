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
package io.github.corspolicy.spring.reactive;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.CorsRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * What the guard leaves on a response as it commits, after whatever ran downstream of the filter
 * touched the headers the filter wrote.
 */
class CommitHeaderGuardTests {

	private static final String ORIGIN = "https://app.example.com";

	private static final CorsPolicy POLICY = CorsPolicy.builder()
		.allowedOrigins(ORIGIN)
		.allowCredentials(true)
		.exposedHeaders("ETag")
		.build();

	private static final CorsRequest ALLOWED = CorsRequest.builder("GET").origin(ORIGIN).build();

	private static final CorsDecision DECISION = POLICY.evaluate(ALLOWED);

	static Stream<Arguments> downstreamWrites() {
		return Stream.of(
				argumentSet("nothing", change((headers) -> {
				})),
				argumentSet("a second Access-Control-Allow-Origin", change((headers) -> headers.add(
						"Access-Control-Allow-Origin", "*"))),
				argumentSet("another origin, in lower case", change((headers) -> headers.set(
						"access-control-allow-origin", "https://evil.example"))),
				argumentSet("credentials off", change((headers) -> headers.set("Access-Control-Allow-Credentials", "false"))),
				argumentSet("its own exposed headers", change((headers) -> headers.set("Access-Control-Expose-Headers", "*"))),
				argumentSet("a header the policy does not send", change((headers) -> headers.set("Access-Control-Max-Age",
						"86400"))),
				argumentSet("preflight headers on an actual response", change((headers) -> headers.set(
						"Access-Control-Allow-Methods", "DELETE"))),
				argumentSet("private network access, in lower case", change((headers) -> headers.set(
						"access-control-allow-private-network", "true"))),
				argumentSet("the policy's headers removed", change((headers) -> headers.remove("Access-Control-Allow-Origin"))),
				argumentSet("every header cleared", change(HttpHeaders::clear)),
				argumentSet("Vary replaced by the upstream's", change((headers) -> headers.set("Vary", "Accept-Encoding"))),
				argumentSet("Vary set to Origin again", change((headers) -> headers.set("Vary", "origin"))),
				argumentSet("the upstream's Vary lines appended", change((headers) -> headers.addAll("Vary",
						List.of("Origin, Accept-Encoding", "origin")))));
	}

	@ParameterizedTest
	@MethodSource("downstreamWrites")
	void leavesThePolicysHeadersOnceEachWhateverRanDownstream(Consumer<HttpHeaders> downstream) {
		HttpHeaders headers = committed(downstream);
		Map<String, String> expected = DECISION.headers(ALLOWED);
		expected.forEach((name, value) -> {
			if (!name.equals("Vary")) {
				assertThat(headers.get(name)).as(name).containsExactly(value);
			}
		});
		assertThat(corsHeaderNames(headers)).hasSize(expected.size() - 1);
		assertThat(String.join(",", headers.get("Vary")).toLowerCase()).containsOnlyOnce("origin");
	}

	@Test
	void keepsTheUpstreamsVaryNames() {
		HttpHeaders headers = committed((downstream) -> downstream.set("Vary", "Accept-Encoding"));
		assertThat(headers.get("Vary")).containsExactly("Accept-Encoding", "Origin");
	}

	@Test
	void foldsAppendedVaryLinesIntoOneNamingEachOnce() {
		HttpHeaders headers = committed((downstream) -> downstream.addAll("Vary", List.of("Origin", "Accept-Encoding")));
		assertThat(headers.get("Vary")).containsExactly("Origin, Accept-Encoding");
	}

	@Test
	void removesDownstreamCorsHeadersFromARequestWithoutOrigin() {
		CorsRequest withoutOrigin = CorsRequest.builder("GET").build();
		CorsDecision decision = POLICY.evaluate(withoutOrigin);
		HttpHeaders headers = new HttpHeaders();
		decision.writeHeaders(withoutOrigin, new ReactiveHeaderSink(headers));
		headers.set("Access-Control-Allow-Origin", "*");
		headers.set("Access-Control-Allow-Credentials", "false");
		headers.add("Vary", "Origin");
		new CommitHeaderGuard(headers, decision, withoutOrigin).get().block();
		assertThat(corsHeaderNames(headers)).isEmpty();
		assertThat(headers.get("Vary")).containsExactly("Origin");
	}

	@Test
	void leavesAnUntouchedResponseAsItIs() {
		HttpHeaders headers = new HttpHeaders();
		DECISION.writeHeaders(ALLOWED, new ReactiveHeaderSink(headers));
		List<String> allowOrigin = headers.get("Access-Control-Allow-Origin");
		new CommitHeaderGuard(headers, DECISION, ALLOWED).get().block();
		assertThat(headers.get("Access-Control-Allow-Origin")).isSameAs(allowOrigin);
	}

	private static HttpHeaders committed(Consumer<HttpHeaders> downstream) {
		HttpHeaders headers = new HttpHeaders();
		DECISION.writeHeaders(ALLOWED, new ReactiveHeaderSink(headers));
		downstream.accept(headers);
		new CommitHeaderGuard(headers, DECISION, ALLOWED).get().block();
		return headers;
	}

	private static List<String> corsHeaderNames(HttpHeaders headers) {
		return headers.headerNames().stream().filter((name) -> name.regionMatches(true, 0, "Access-Control-", 0, 15)).toList();
	}

	/** Names a lambda for the parameter list. */
	private static Consumer<HttpHeaders> change(Consumer<HttpHeaders> change) {
		return change;
	}

}
