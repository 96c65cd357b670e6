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

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo, the same in both samples: the bearer token the API accepts and the page
 * sends, and where the page is served.
 */
@ConfigurationProperties("sample")
public class SampleProperties {

	/**
	 * The bearer token the API accepts.
	 */
	private String demoToken = "demo-token";

	private final FrontEnd frontEnd = new FrontEnd();

	public String getDemoToken() {
		return this.demoToken;
	}

	public void setDemoToken(String demoToken) {
		this.demoToken = demoToken;
	}

	public FrontEnd getFrontEnd() {
		return this.frontEnd;
	}

	/**
	 * The page served on a second origin.
	 */
	public static class FrontEnd {

		/**
		 * Whether to serve the page.
		 */
		private boolean enabled = true;

		/**
		 * The port of the page's origin; 0 picks a free one.
		 */
		private int port = 3000;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

	}

}
