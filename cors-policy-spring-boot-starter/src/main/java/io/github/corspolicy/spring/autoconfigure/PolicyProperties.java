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
package io.github.corspolicy.spring.autoconfigure;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.DurationUnit;

/**
 * The settings of one CORS policy, shared by the top level ({@code cors.*}) and each mapping
 * ({@code cors.mappings[i].*}). A value left unset in a mapping is inherited from the top level;
 * one unset there takes the default.
 */
public abstract class PolicyProperties {

	/**
	 * Exact origins allowed to call the API, such as https://app.example.com, or '*' alone for any
	 * origin (never with credentials).
	 */
	private @Nullable List<String> allowedOrigins;

	/**
	 * Origin patterns: https://*.example.com for one or more subdomain labels, with an optional
	 * port list such as :[3000,5173] or :[*].
	 */
	private @Nullable List<String> allowedOriginPatterns;

	/**
	 * Java regular expressions, always matched against the whole origin, for origins a pattern
	 * cannot express.
	 */
	private @Nullable List<String> allowedOriginRegexes;

	/**
	 * Methods a preflight may ask for, case-sensitive, or '*' for any. GET, HEAD and POST are
	 * always allowed by browsers.
	 */
	private @Nullable List<String> allowedMethods;

	/**
	 * Request headers a page may send, such as Authorization or Content-Type, or '*' for any.
	 */
	private @Nullable List<String> allowedHeaders;

	/**
	 * Response headers a page may read beyond the CORS-safelisted ones, such as ETag.
	 */
	private @Nullable List<String> exposedHeaders;

	/**
	 * Whether the browser may send cookies and HTTP authentication and read the response.
	 */
	private @Nullable Boolean allowCredentials;

	/**
	 * How long browsers may cache a preflight, in whole seconds (0s turns caching off). A bare
	 * number means seconds.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private @Nullable Duration maxAge;

	/**
	 * Whether to answer Private Network Access preflights (Access-Control-Allow-Private-Network).
	 */
	private @Nullable Boolean allowPrivateNetwork;

	/**
	 * Status of an accepted preflight: 204, or 200 for old clients.
	 */
	private @Nullable Integer preflightStatus;

	/**
	 * Whether to send Timing-Allow-Origin with the value of Access-Control-Allow-Origin, on exactly
	 * the responses that carry it, so that an allowed page sees the detailed Resource Timing of its
	 * calls. When true the filter owns the header: a value written by the application or an upstream
	 * is replaced, or removed for a refused origin.
	 */
	private @Nullable Boolean timingAllowOrigin;

	/**
	 * Whether 'null' in allowed-origins takes effect. Dangerous: sandboxed iframes of any site
	 * send Origin: null.
	 */
	private @Nullable Boolean dangerouslyAllowNullOrigin;

	/**
	 * Whether a credentialed policy may keep a pattern or regex over a public suffix of the Public
	 * Suffix List's private section (https://*.s3.amazonaws.com). Dangerous: each name under it
	 * may belong to another customer. Set it only when your organisation operates that suffix;
	 * ICANN suffixes (*.com, *.co.uk) stay refused.
	 */
	private @Nullable Boolean dangerouslyAllowPublicSuffixOrigins;

	public @Nullable List<String> getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(@Nullable List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	public @Nullable List<String> getAllowedOriginPatterns() {
		return this.allowedOriginPatterns;
	}

	public void setAllowedOriginPatterns(@Nullable List<String> allowedOriginPatterns) {
		this.allowedOriginPatterns = allowedOriginPatterns;
	}

	public @Nullable List<String> getAllowedOriginRegexes() {
		return this.allowedOriginRegexes;
	}

	public void setAllowedOriginRegexes(@Nullable List<String> allowedOriginRegexes) {
		this.allowedOriginRegexes = allowedOriginRegexes;
	}

	public @Nullable List<String> getAllowedMethods() {
		return this.allowedMethods;
	}

	public void setAllowedMethods(@Nullable List<String> allowedMethods) {
		this.allowedMethods = allowedMethods;
	}

	public @Nullable List<String> getAllowedHeaders() {
		return this.allowedHeaders;
	}

	public void setAllowedHeaders(@Nullable List<String> allowedHeaders) {
		this.allowedHeaders = allowedHeaders;
	}

	public @Nullable List<String> getExposedHeaders() {
		return this.exposedHeaders;
	}

	public void setExposedHeaders(@Nullable List<String> exposedHeaders) {
		this.exposedHeaders = exposedHeaders;
	}

	public @Nullable Boolean getAllowCredentials() {
		return this.allowCredentials;
	}

	public void setAllowCredentials(@Nullable Boolean allowCredentials) {
		this.allowCredentials = allowCredentials;
	}

	public @Nullable Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(@Nullable Duration maxAge) {
		this.maxAge = maxAge;
	}

	public @Nullable Boolean getAllowPrivateNetwork() {
		return this.allowPrivateNetwork;
	}

	public void setAllowPrivateNetwork(@Nullable Boolean allowPrivateNetwork) {
		this.allowPrivateNetwork = allowPrivateNetwork;
	}

	public @Nullable Integer getPreflightStatus() {
		return this.preflightStatus;
	}

	public void setPreflightStatus(@Nullable Integer preflightStatus) {
		this.preflightStatus = preflightStatus;
	}

	public @Nullable Boolean getTimingAllowOrigin() {
		return this.timingAllowOrigin;
	}

	public void setTimingAllowOrigin(@Nullable Boolean timingAllowOrigin) {
		this.timingAllowOrigin = timingAllowOrigin;
	}

	public @Nullable Boolean getDangerouslyAllowNullOrigin() {
		return this.dangerouslyAllowNullOrigin;
	}

	public void setDangerouslyAllowNullOrigin(@Nullable Boolean dangerouslyAllowNullOrigin) {
		this.dangerouslyAllowNullOrigin = dangerouslyAllowNullOrigin;
	}

	public @Nullable Boolean getDangerouslyAllowPublicSuffixOrigins() {
		return this.dangerouslyAllowPublicSuffixOrigins;
	}

	public void setDangerouslyAllowPublicSuffixOrigins(@Nullable Boolean dangerouslyAllowPublicSuffixOrigins) {
		this.dangerouslyAllowPublicSuffixOrigins = dangerouslyAllowPublicSuffixOrigins;
	}

}
