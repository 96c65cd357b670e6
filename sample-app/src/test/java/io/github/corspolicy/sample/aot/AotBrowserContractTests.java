package io.github.corspolicy.sample.aot;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.corspolicy.sample.contract.AotSample;
import io.github.corspolicy.sample.contract.BrowserCorsContract;

/**
 * The shared CORS contract, as the browser judges it, against the servlet sample on Tomcat's AOT-processed jar.
 */
class AotBrowserContractTests extends BrowserCorsContract {

	@RegisterExtension
	static final AotSample sample = AotSample.withArguments("--sample.front-end.port=0");

	@Override
	protected int apiPort() {
		return sample.port();
	}

}
