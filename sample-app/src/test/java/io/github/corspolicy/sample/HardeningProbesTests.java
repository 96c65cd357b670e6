package io.github.corspolicy.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.HardeningProbesContract;

/**
 * The shared attack origins and paths against the servlet sample on Tomcat.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class HardeningProbesTests extends HardeningProbesContract {

	@LocalServerPort
	private int port;

	@Override
	protected int apiPort() {
		return this.port;
	}

}
