package io.github.corspolicy.sample.reactive.aot;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.corspolicy.sample.contract.AotSample;
import io.github.corspolicy.sample.contract.BrowserCorsContract;

/**
 * The shared CORS contract, as the browser judges it, against the reactive sample on Netty's AOT-processed jar.
 */
class AotReactiveBrowserContractTests extends BrowserCorsContract {

	@RegisterExtension
	static final AotSample sample = AotSample.withArguments("--sample.front-end.port=0");

	@Override
	protected int apiPort() {
		return sample.port();
	}

}
