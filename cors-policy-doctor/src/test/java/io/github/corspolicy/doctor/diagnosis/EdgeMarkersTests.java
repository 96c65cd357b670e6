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
package io.github.corspolicy.doctor.diagnosis;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.browser.BrowserResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Which responses were rejected by an edge before the application: a refusal status, no CORS header
 * at all, and the marks of a CDN, gateway or load balancer.
 */
class EdgeMarkersTests {

	static Stream<Arguments> edgeRejections() {
		return Stream.of(
				argumentSet("AWS API Gateway's error type", BrowserResponse.of(403, "x-amzn-errortype", "ForbiddenException"),
						"x-amzn-errortype: ForbiddenException (AWS API Gateway)"),
				argumentSet("CloudFront's error page", BrowserResponse.of(502, "X-Cache", "Error from cloudfront"),
						"x-cache: Error from cloudfront (Amazon CloudFront)"),
				argumentSet("CloudFront's request id", BrowserResponse.of(403, "x-amz-cf-id", "abc=="),
						"x-amz-cf-id: abc== (Amazon CloudFront)"),
				argumentSet("Cloudflare's ray id", BrowserResponse.of(403, "cf-ray", "8a1b-FRA", "server", "cloudflare"),
						"cf-ray: 8a1b-FRA (Cloudflare), server: cloudflare (Cloudflare)"),
				argumentSet("an AWS load balancer", BrowserResponse.of(503, "Server", "awselb/2.0"),
						"server: awselb/2.0 (AWS Elastic Load Balancing)"),
				argumentSet("a rate limit behind Google's front end", BrowserResponse.of(429, "Via", "1.1 google"),
						"via: 1.1 google (Google Front End)"),
				argumentSet("Envoy answering 401 itself", BrowserResponse.of(401, "server", "envoy"),
						"server: envoy (Envoy)"));
	}

	@ParameterizedTest
	@MethodSource("edgeRejections")
	void aRefusalWithoutCorsHeadersAndWithTheMarksOfAnEdgeIsAnEdgeRejection(BrowserResponse response, String marks) {
		assertThat(EdgeMarkers.rejection(response)).hasValue(marks);
	}

	static Stream<Arguments> notEdgeRejections() {
		return Stream.of(
				argumentSet("a success through CloudFront", BrowserResponse.of(200, "x-amz-cf-id", "abc==")),
				argumentSet("a 404 through CloudFront", BrowserResponse.of(404, "x-amz-cf-id", "abc==")),
				argumentSet("a refusal with CORS headers", BrowserResponse.of(403, "x-amzn-errortype", "ForbiddenException",
						"Access-Control-Allow-Origin", "https://app.example.com")),
				argumentSet("a refusal by an application server", BrowserResponse.of(403, "Server", "Apache-Coyote/1.1")),
				argumentSet("a refusal without any mark", BrowserResponse.of(500)),
				argumentSet("a refusal through a proxy that names no vendor", BrowserResponse.of(403, "Via", "1.1 edge-proxy")));
	}

	@ParameterizedTest
	@MethodSource("notEdgeRejections")
	void anythingElseIsNot(BrowserResponse response) {
		assertThat(EdgeMarkers.rejection(response)).isEmpty();
	}

	static Stream<Arguments> intermediaries() {
		return Stream.of(
				argumentSet("a named gateway in Via", BrowserResponse.of(200, "Via", "1.1 kong/3.6.1"),
						List.of("via: 1.1 kong/3.6.1 (Kong)")),
				argumentSet("any other Via", BrowserResponse.of(200, "Via", "1.1 edge-proxy"),
						List.of("via: 1.1 edge-proxy (a proxy or gateway, RFC 9110 section 7.6.3)")),
				argumentSet("X-Forwarded-For echoed back", BrowserResponse.of(200, "X-Forwarded-For", "10.0.0.7"),
						List.of("x-forwarded-for: 10.0.0.7 (set by a proxy, echoed by the service)")),
				argumentSet("an application server alone", BrowserResponse.of(200, "Server", "Apache-Coyote/1.1"), List.of()));
	}

	@ParameterizedTest
	@MethodSource("intermediaries")
	void viaAndForwardedHeadersAreSignsOfAProxy(BrowserResponse response,
			List<String> signs) {
		assertThat(EdgeMarkers.intermediaries(response)).isEqualTo(signs);
	}

}
