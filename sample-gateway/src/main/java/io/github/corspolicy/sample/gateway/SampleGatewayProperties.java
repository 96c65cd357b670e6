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
package io.github.corspolicy.sample.gateway;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

import io.github.corspolicy.sample.gateway.ratelimit.FixedWindowRateLimiter;

/**
 * The gateway's own {@code sample.*} settings: where the sample API runs, and the rate limit of its
 * routes. The page's settings ({@code sample.demo-token}, {@code sample.front-end.*}) are the
 * samples' {@code SampleProperties}.
 */
@ConfigurationProperties("sample")
public class SampleGatewayProperties {

	/**
	 * The sample API the routes forward to, an absolute http or https URL.
	 */
	private URI upstream = URI.create("http://localhost:8080");

	/**
	 * The routes' rate limit per client, unless a route sets its own
	 * ({@code fixed-window-rate-limiter.*} arguments of its {@code RequestRateLimiter} filter).
	 */
	@NestedConfigurationProperty
	private final FixedWindowRateLimiter.Config rateLimit = new FixedWindowRateLimiter.Config();

	public URI getUpstream() {
		return this.upstream;
	}

	public void setUpstream(URI upstream) {
		boolean http = "http".equals(upstream.getScheme()) || "https".equals(upstream.getScheme());
		if (!http || upstream.getHost() == null) {
			throw new IllegalArgumentException("the sample API's address must be an absolute http or https URL "
					+ "with a host, such as --sample.upstream=http://localhost:8080");
		}
		this.upstream = upstream;
	}

	public FixedWindowRateLimiter.Config getRateLimit() {
		return this.rateLimit;
	}

}
