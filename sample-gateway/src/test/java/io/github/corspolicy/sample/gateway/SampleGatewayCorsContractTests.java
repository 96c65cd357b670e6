package io.github.corspolicy.sample.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.corspolicy.sample.contract.GatewayCorsContract;
import io.github.corspolicy.sample.contract.SampleContract;
import io.github.corspolicy.sample.contract.SampleHttp;
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

	private static boolean warm;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void inFrontOfTheTestUpstream(DynamicPropertyRegistry registry) {
		registry.add("sample.upstream", () -> UPSTREAM.uri().toString());
		registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> RESPONSE_TIMEOUT);
	}

	/**
	 * The first routed request of a fresh gateway sets up Reactor Netty's client, which on a busy
	 * machine takes longer than the contract's 1 s response timeout and would answer 504 to
	 * whichever test runs first. One request before the first test (and up to three if those time
	 * out) keeps that start-up cost out of the assertions.
	 */
	@BeforeEach
	void warmUpOnce() throws Exception {
		SampleHttp gateway = new SampleHttp(this.port);
		for (int i = 0; i < 3 && !warm; i++) {
			warm = gateway.get(TestUpstream.OK, "Authorization", SampleContract.BEARER).statusCode() == 200;
		}
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
