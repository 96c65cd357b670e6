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
package io.github.corspolicy.sample.frontend;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts the front end once the API's port is known, and stops it with the application. Imported by
 * both samples, which also enable {@link SampleProperties}; it needs neither the servlet nor the
 * reactive stack, only a web server's {@link WebServerInitializedEvent}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "sample.front-end.enabled", matchIfMissing = true)
public class FrontEndConfiguration {

	@Bean
	FrontEndLifecycle frontEndLifecycle(SampleProperties properties) {
		return new FrontEndLifecycle(properties);
	}

	static final class FrontEndLifecycle {

		private final SampleProperties properties;

		private volatile FrontEndServer server;

		FrontEndLifecycle(SampleProperties properties) {
			this.properties = properties;
		}

		@EventListener
		void onApiStarted(WebServerInitializedEvent event) {
			if (this.server != null || event.getApplicationContext().getServerNamespace() != null) {
				return; // already started, or the management server's port
			}
			try {
				this.server = FrontEndServer.start(this.properties.getFrontEnd().getPort(), event.getWebServer().getPort(),
						this.properties.getDemoToken());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not serve the front end on port "
						+ this.properties.getFrontEnd().getPort() + "; set sample.front-end.port or "
						+ "sample.front-end.enabled=false", ex);
			}
		}

		@EventListener
		void onClose(ContextClosedEvent event) {
			if (this.server != null) {
				this.server.close();
			}
		}

	}

}
