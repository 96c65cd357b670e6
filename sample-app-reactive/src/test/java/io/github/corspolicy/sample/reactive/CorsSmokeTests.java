package io.github.corspolicy.sample.reactive;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.corspolicy.sample.contract.SampleContract;
import io.github.corspolicy.sample.contract.SampleHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The essentials of the CORS contract on Netty, with the dev policy of application.yml: preflights
 * answered before the bearer-token check, and the headers on every answer to the front end.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.front-end.enabled=false")
class CorsSmokeTests {

	private static final String FRONT_END = SampleContract.DEV_ORIGINS.get(0);

	private static final String BALANCE = "/api/v1/credits/balance";

	@LocalServerPort
	private int port;

	private SampleHttp http;

	@BeforeEach
	void client() {
		this.http = new SampleHttp(this.port);
	}

	@Test
	void aPreflightToAProtectedRouteIsAnsweredWithoutAToken() throws Exception {
		HttpResponse<String> response = this.http.send("OPTIONS", BALANCE, null, "Origin", FRONT_END,
				"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(FRONT_END);
		assertThat(response.headers().allValues("Access-Control-Allow-Credentials")).containsExactly("true");
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElse("")).containsIgnoringCase(
				"authorization");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Bearer demo-token", "Bearer wrong-token" })
	void theFrontEndCanReadTheAnswerWhateverTheToken(String authorization) throws Exception {
		HttpResponse<String> response = this.http.get(BALANCE, "Origin", FRONT_END, "Authorization", authorization);
		assertThat(response.statusCode()).isIn(200, 401);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(FRONT_END);
		assertThat(response.headers().allValues("Access-Control-Allow-Credentials")).containsExactly("true");
		assertThat(response.headers().firstValue("Vary").orElse("")).contains("Origin");
	}

	@Test
	void aServerErrorIsReadableByTheFrontEnd() throws Exception {
		HttpResponse<String> response = this.http.get(SampleContract.FAIL, "Origin", FRONT_END);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(FRONT_END);
	}

	@Test
	void anotherSiteGetsNoCorsHeaders() throws Exception {
		HttpResponse<String> actual = this.http.get(BALANCE, "Origin", "https://evil.example", "Authorization",
				SampleContract.BEARER);
		assertThat(actual.headers().allValues("Access-Control-Allow-Origin")).isEmpty();
		HttpResponse<String> preflight = this.http.send("OPTIONS", BALANCE, null, "Origin", "https://evil.example",
				"Access-Control-Request-Method", "GET");
		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).isEmpty();
	}

}
