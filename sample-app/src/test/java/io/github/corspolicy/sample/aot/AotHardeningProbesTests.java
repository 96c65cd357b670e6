package io.github.corspolicy.sample.aot;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.corspolicy.sample.contract.AotSample;
import io.github.corspolicy.sample.contract.HardeningProbesContract;

/**
 * The shared attack origins and paths against the servlet sample on Tomcat's AOT-processed jar.
 */
class AotHardeningProbesTests extends HardeningProbesContract {

	@RegisterExtension
	static final AotSample sample = AotSample.withArguments("--sample.front-end.port=0");

	@Override
	protected int apiPort() {
		return sample.port();
	}

}
