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
