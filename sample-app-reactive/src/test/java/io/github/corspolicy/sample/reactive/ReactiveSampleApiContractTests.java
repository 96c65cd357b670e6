package io.github.corspolicy.sample.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.SampleApiContract;
import io.github.corspolicy.sample.contract.Stack;

/**
 * The shared API contract against the reactive sample on Netty, with the dev configuration of
 * application.yml.
 */
@SpringBootTest(classes = ReactiveSampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class ReactiveSampleApiContractTests extends SampleApiContract {

	@LocalServerPort
	private int port;

	@Override
	protected int apiPort() {
		return this.port;
	}

	@Override
	protected Stack stack() {
		return Stack.REACTIVE;
	}

}
