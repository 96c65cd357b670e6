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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.browser.BrowserResponse;

/**
 * Recognises a response written by a CDN, gateway or load balancer rather than by the application.
 */
public final class EdgeMarkers {

	/** Headers that only an edge sets, and who sets them. */
	private static final List<Map.Entry<String, String>> MARK_HEADERS = List.of(
			Map.entry("x-amzn-errortype", "AWS API Gateway"), Map.entry("x-amz-apigw-id", "AWS API Gateway"),
			Map.entry("x-amz-cf-id", "Amazon CloudFront"), Map.entry("cf-ray", "Cloudflare"),
			Map.entry("cf-mitigated", "Cloudflare"), Map.entry("x-azure-ref", "Azure Front Door"),
			Map.entry("x-kong-response-latency", "Kong"));

	/** Gateways as they name themselves in {@code Server} or {@code Via}. */
	private static final List<Map.Entry<String, String>> GATEWAY_NAMES = List.of(
			Map.entry("cloudfront", "Amazon CloudFront"), Map.entry("awselb", "AWS Elastic Load Balancing"),
			Map.entry("cloudflare", "Cloudflare"), Map.entry("akamai", "Akamai"), Map.entry("envoy", "Envoy"),
			Map.entry("kong", "Kong"), Map.entry("apigee", "Apigee"),
			Map.entry("azure-application-gateway", "Azure Application Gateway"),
			Map.entry("google", "Google Front End"), Map.entry("varnish", "Varnish"),
			Map.entry("haproxy", "HAProxy"), Map.entry("traefik", "Traefik"), Map.entry("bigip", "F5 BIG-IP"));

	private EdgeMarkers() {
	}

	/** The names of the headers that can mark an edge, for reports. */
	public static List<String> headerNames() {
		return Stream.concat(MARK_HEADERS.stream().map(Map.Entry::getKey), Stream.of("server", "via", "x-cache"))
			.toList();
	}

	/** The edge's marks on a response, such as {@code x-amzn-errortype: ForbiddenException (AWS API Gateway)}. */
	static List<String> marks(BrowserResponse response) {
		List<String> marks = new ArrayList<>();
		for (Map.Entry<String, String> header : MARK_HEADERS) {
			@Nullable String value = response.value(header.getKey());
			if (value != null) {
				marks.add(header.getKey() + ": " + value + " (" + header.getValue() + ")");
			}
		}
		@Nullable String cache = response.value("x-cache");
		if (cache != null && cache.toLowerCase(Locale.ROOT).contains("error from cloudfront")) {
			marks.add("x-cache: " + cache + " (Amazon CloudFront)");
		}
		for (String name : List.of("server", "via")) {
			@Nullable String value = response.value(name);
			gateway(value).ifPresent((gateway) -> marks.add(name + ": " + value + " (" + gateway + ")"));
		}
		return marks;
	}

	/**
	 * The marks, and the other signs that a proxy or gateway passed the response on: any {@code Via}
	 * (RFC 9110, section 7.6.3: only intermediaries add it), and {@code Forwarded} or
	 * {@code X-Forwarded-*} echoed back by the service. Spring Cloud Gateway leaves none by default.
	 */
	static List<String> intermediaries(BrowserResponse response) {
		List<String> signs = new ArrayList<>(marks(response));
		@Nullable String via = response.value("via");
		if (via != null && gateway(via).isEmpty()) {
			signs.add("via: " + via + " (a proxy or gateway, RFC 9110 section 7.6.3)");
		}
		response.headers().forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.equals("forwarded") || lower.startsWith("x-forwarded-")) {
				signs.add(lower + ": " + String.join(", ", values) + " (set by a proxy, echoed by the service)");
			}
		});
		return signs;
	}

	/**
	 * The marks, when the response looks like an edge's refusal: a status edges refuse with, no CORS
	 * header at all, and at least one mark.
	 */
	static Optional<String> rejection(BrowserResponse response) {
		int status = response.status();
		boolean refusal = status == 401 || status == 403 || status == 407 || status == 429 || status >= 500;
		List<String> marks = (refusal && !response.hasCorsHeaders()) ? marks(response) : List.of();
		return marks.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", marks));
	}

	private static Optional<String> gateway(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		String lower = value.toLowerCase(Locale.ROOT);
		return GATEWAY_NAMES.stream().filter((name) -> lower.contains(name.getKey())).map(Map.Entry::getValue).findFirst();
	}

}
