package io.github.corspolicy.sample.gateway;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.corspolicy.sample.contract.GatewayCorsContract;
import io.github.corspolicy.sample.contract.TestUpstream;

/**
 * The gateway contract against the sample gateway as it ships (its application.yml), pointed at a
 * {@link TestUpstream} with {@code sample.upstream} and given the contract's response timeout. The
 * 429 comes from its {@code ping-rate-limited} route: one request per client in 10 s.
 */
@SpringBootTest(classes = GatewaySampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.front-end.enabled=false")
class SampleGatewayCorsContractTests extends GatewayCorsContract {

	private static final TestUpstream UPSTREAM = TestUpstream.start();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void inFrontOfTheTestUpstream(DynamicPropertyRegistry registry) {
		registry.add("sample.upstream", () -> UPSTREAM.uri().toString());
		registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> RESPONSE_TIMEOUT);
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

	@Override
	protected String rateLimitedPath() {
		return "/api/public/ping/limited";
	}

}
