package io.github.corspolicy.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.SampleApiContract;
import io.github.corspolicy.sample.contract.Stack;

/**
 * The shared API contract against the servlet sample on Tomcat, with the dev configuration of
 * application.yml.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class SampleApiTests extends SampleApiContract {

	@LocalServerPort
	private int port;

	@Override
	protected int apiPort() {
		return this.port;
	}

	@Override
	protected Stack stack() {
		return Stack.SERVLET;
	}

}
