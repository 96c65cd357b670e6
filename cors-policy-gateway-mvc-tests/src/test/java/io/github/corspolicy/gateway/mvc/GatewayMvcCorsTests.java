package io.github.corspolicy.gateway.mvc;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.corspolicy.sample.contract.GatewayCorsContract;
import io.github.corspolicy.sample.contract.TestUpstream;

/**
 * The gateway CORS contract against Gateway Server MVC on Tomcat, in front of a real upstream.
 */
@SpringBootTest(classes = GatewayMvcTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayMvcCorsTests extends GatewayCorsContract {

	private static final TestUpstream UPSTREAM = TestUpstream.start();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void upstream(DynamicPropertyRegistry registry) {
		registry.add("gateway-test.upstream", () -> UPSTREAM.uri().toString());
	}

	@AfterAll
	static void stopUpstream() {
		UPSTREAM.close();
	}

	@Override
	protected int gatewayPort() {
		return this.port;
	}

	@Override
	protected TestUpstream upstream() {
		return UPSTREAM;
	}

}
