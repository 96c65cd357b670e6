package io.github.corspolicy.sample.reactive.aot;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.corspolicy.sample.contract.AotSample;
import io.github.corspolicy.sample.contract.SampleApiContract;
import io.github.corspolicy.sample.contract.Stack;

/**
 * The shared API contract against the reactive sample on Netty's AOT-processed jar, with the dev configuration of
 * application.yml; its page, frozen on at build time, is served on any free port.
 */
class AotReactiveSampleApiTests extends SampleApiContract {

	@RegisterExtension
	static final AotSample sample = AotSample.withArguments("--sample.front-end.port=0");

	@Override
	protected int apiPort() {
		return sample.port();
	}

	@Override
	protected Stack stack() {
		return Stack.REACTIVE;
	}

}
