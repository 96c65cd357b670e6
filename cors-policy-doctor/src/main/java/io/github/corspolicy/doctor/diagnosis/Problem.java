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

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.doctor.checkup.Step;
import io.github.corspolicy.doctor.checkup.StepKind;

/**
 * Everything the doctor recognises, each with a stable id and the fix.
 */
public enum Problem {

	CONNECTION_FAILED("connection-failed", "Check the URL, that the server runs and is reachable from here, and its "
			+ "TLS certificate. A page would see 'TypeError: Failed to fetch' and a net::ERR_ message in the console."),

	PREFLIGHT_REDIRECTED("preflight-redirected", "Browsers refuse a redirected preflight. Call the final URL from the "
			+ "page (often a missing or extra trailing slash, or http instead of https), and never redirect OPTIONS to a "
			+ "login page."),

	REQUEST_REDIRECTED("request-redirected", "The doctor follows no redirects: call the final URL from the page, or run "
			+ "the doctor on the Location. After a cross-origin redirect the browser sends 'Origin: null', and a redirect "
			+ "to a login page means the call was not authenticated."),

	PREFLIGHT_INTERCEPTED("preflight-intercepted", "Answer preflights before authentication, routing and gateways: a "
			+ "preflight never carries cookies or an Authorization header, so it must not need them. Put the CORS filter "
			+ "before Spring Security (cors-policy's starter does), or let the gateway pass OPTIONS through unauthenticated "
			+ "or answer it with the same policy."),

	EDGE_REJECTION("edge-rejection", "The request was rejected before the application, so its CORS handler never ran. "
			+ "Fix what the edge refused (authorizer, API key, WAF rule, rate limit, route or stage), and make the edge add "
			+ "CORS headers to its own error responses (API Gateway: gateway responses DEFAULT_4XX and DEFAULT_5XX; "
			+ "CloudFront or Cloudflare: a response headers policy or transform rule) so the page can read the status."),

	ORIGIN_NOT_ALLOWED("origin-not-allowed", "If this page should call the API, add its origin, exactly as the browser "
			+ "sends it, to the allowed origins, and make sure a CORS handler covers this path. If it should not, the "
			+ "browser is right to block it.", "add the origin to cors.allowed-origins"),

	ALLOW_ORIGIN_MISMATCH("allow-origin-mismatch", "Echo the request's Origin when it is allowed, instead of a fixed, "
			+ "default or cached value, and send Vary: Origin so caches keep one answer per origin."),

	ERROR_WITHOUT_CORS_HEADERS("error-without-cors-headers", "Add the CORS headers to every response, errors included: "
			+ "run the CORS handler before authentication and error handling so it covers 401, 403, 404 and 500 "
			+ "(cors-policy's starter does), or add them in the error handler. Until then the page sees a CORS error "
			+ "instead of the status."),

	RESPONSE_WITHOUT_CORS_HEADERS("response-without-cors-headers", "The layer that answers preflights is not the one "
			+ "that answers the request: apply the same CORS policy to both (often a gateway answers OPTIONS itself while "
			+ "the application has no CORS configuration, or the other way round)."),

	WILDCARD_WITH_CREDENTIALS("wildcard-with-credentials", "Browsers refuse '*' on credentialed calls: list the "
			+ "front-end origins so the allowed one is echoed, or call fetch() without credentials.",
			"list them in cors.allowed-origins"),

	MULTIPLE_ALLOW_ORIGIN("multiple-allow-origin", Fixes.OWN_CORS_IN_ONE_PLACE),

	MULTIPLE_ALLOW_CREDENTIALS("multiple-allow-credentials", Fixes.OWN_CORS_IN_ONE_PLACE),

	METHOD_NOT_ALLOWED("method-not-allowed", "Add the method to the allowed methods; methods are case-sensitive.",
			"add it to cors.allowed-methods"),

	HEADER_NOT_ALLOWED("header-not-allowed", "Add the header to the allowed headers, or stop sending it from the page; "
			+ "'*' never covers Authorization.", "add it to cors.allowed-headers"),

	MISSING_ALLOW_CREDENTIALS("missing-allow-credentials", "Send Access-Control-Allow-Credentials: true with an echoed "
			+ "origin (never with '*'), or call fetch() without credentials.", "set cors.allow-credentials=true"),

	INVALID_ALLOW_LIST("invalid-allow-list", "Send Access-Control-Allow-Methods and Access-Control-Allow-Headers as "
			+ "comma-separated names, without quotes or other separators."),

	PREFLIGHT_REJECTED("preflight-rejected", "The CORS handler refused this preflight, but neither the origin, the "
			+ "method nor a single header explains it: compare the Access-Control-Request-* headers with the policy."),

	REDIRECT_REFUSED("redirect-refused", "The browser refuses to follow this redirect: give it an http or https "
			+ "Location without a user name or password, and end redirect loops (at most 20 redirects)."),

	PRIVATE_NETWORK_NOT_ALLOWED("private-network-not-allowed", "A public page calls a private or local server: answer "
			+ "preflights that carry Access-Control-Request-Private-Network: true with Access-Control-Allow-Private-Network: "
			+ "true, besides the other CORS headers."),

	PRIVATE_NETWORK_FROM_INSECURE_PAGE("private-network-from-insecure-page", "Only a secure page (https, or localhost) "
			+ "may call a private or local server: serve the page over https."),

	ORIGIN_NULL_AFTER_REDIRECT("origin-null-after-redirect", "After a redirect to another origin the browser sends "
			+ "'Origin: null', which a policy should not allow (every sandboxed page sends it too): call the final URL from "
			+ "the page, or keep the redirect on the same origin."),

	UPSTREAM_UNAVAILABLE("upstream-unavailable", "Make the gateway add CORS headers to its own error responses, so the "
			+ "page can read the status instead of a CORS error: with cors-policy on the gateway this is automatic; nginx "
			+ "needs 'add_header ... always', AWS API Gateway a DEFAULT_5XX gateway response. Then check the service behind "
			+ "the gateway: that it runs and the gateway reaches it (route, service discovery, network), and that it "
			+ "answers within the gateway's timeout (Spring Cloud Gateway: "
			+ "spring.cloud.gateway.server.webflux.httpclient.response-timeout)."),

	DUPLICATE_CORS_HEADER("duplicate-cors-header", Severity.WARNING, Fixes.OWN_CORS_IN_ONE_PLACE),

	MISSING_VARY_ORIGIN("missing-vary-origin", Severity.WARNING, "Send Vary: Origin with every response whose "
			+ "Access-Control-Allow-Origin depends on the Origin; otherwise a browser or CDN cache can serve this answer to "
			+ "a page on another origin, which then fails.");

	/** Fixes that several problems share. */
	private static final class Fixes {

		static final String OWN_CORS_IN_ONE_PLACE = "Own CORS in one place: at the gateway or in the services behind "
				+ "it, never both. At the gateway: put cors-policy on the gateway, which drops the services' CORS headers "
				+ "and answers with one value of each, or remove the services' CORS configuration. In the services: remove "
				+ "the gateway's CORS configuration (Spring Cloud Gateway: spring.cloud.gateway.server.webflux.globalcors) "
				+ "and let the gateway pass OPTIONS through to them. With two CORS handlers in one application, keep one.";

	}

	private final String id;

	private final Severity severity;

	private final String fix;

	private final @Nullable String policyFix;

	Problem(String id, String fix) {
		this(id, Severity.ERROR, fix, null);
	}

	Problem(String id, String fix, String policyFix) {
		this(id, Severity.ERROR, fix, policyFix);
	}

	Problem(String id, Severity severity, String fix) {
		this(id, severity, fix, null);
	}

	Problem(String id, Severity severity, String fix, @Nullable String policyFix) {
		this.id = id;
		this.severity = severity;
		this.fix = fix;
		this.policyFix = policyFix;
	}

	public String id() {
		return this.id;
	}

	public Severity severity() {
		return this.severity;
	}

	public String fix() {
		return this.fix;
	}

	/**
	 * The fix, with the {@code cors.*} property to change when the server is known to run
	 * cors-policy; the browser model and the generic fix speak HTTP only.
	 */
	public String fix(boolean corsPolicyServer) {
		return (corsPolicyServer && this.policyFix != null) ? this.fix + " With cors-policy: " + this.policyFix + "."
				: this.fix;
	}

	Finding at(Step step, String evidence) {
		return at(step.kind(), evidence);
	}

	Finding at(StepKind step, String evidence) {
		return new Finding(this, step, evidence);
	}

}
