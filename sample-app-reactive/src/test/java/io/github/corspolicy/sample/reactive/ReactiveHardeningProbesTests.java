package io.github.corspolicy.sample.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.HardeningProbesContract;

/**
 * The shared attack origins and paths against the reactive sample on Netty.
 */
@SpringBootTest(classes = ReactiveSampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class ReactiveHardeningProbesTests extends HardeningProbesContract {

	@LocalServerPort
	private int port;

	@Override
	protected int apiPort() {
		return this.port;
	}

}
