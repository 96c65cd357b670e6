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
package io.github.corspolicy.doctor.checkup;

import java.net.URI;

import io.github.corspolicy.doctor.http.Exchange;
import io.github.corspolicy.doctor.http.HttpTransport;

/**
 * The service behind a gateway, asked directly: a step sent to the gateway is sent again there, with
 * the same method and headers, so that the diagnosis can tell what the service sends on its own from
 * what the gateway adds.
 */
public final class Upstream {

	private final HttpTransport transport;

	private final URI url;

	/**
	 * @param transport how to send
	 * @param url the service as the gateway reaches it: without a path, the called path and query are
	 * appended; with one, it is called as it is (for a gateway that rewrites paths)
	 */
	public Upstream(HttpTransport transport, URI url) {
		this.transport = transport;
		this.url = url;
	}

	/** Where a URL called at the gateway is at the upstream. */
	public URI target(URI called) {
		String path = this.url.getRawPath();
		if (path != null && !path.isEmpty() && !path.equals("/")) {
			return this.url;
		}
		String query = (called.getRawQuery() != null) ? "?" + called.getRawQuery() : "";
		String calledPath = (called.getRawPath() != null && !called.getRawPath().isEmpty()) ? called.getRawPath() : "/";
		return URI.create(this.url.getScheme() + "://" + this.url.getRawAuthority() + calledPath + query);
	}

	/** The step sent again to the upstream; the result carries no verdict, only what the upstream answered. */
	public Step resend(Step step) {
		URI target = target(step.url());
		Exchange exchange = this.transport.send(step.method(), target, step.sentHeaders());
		return new Step(step.kind(), step.method(), target, step.sentHeaders(), exchange, null, null);
	}

}
