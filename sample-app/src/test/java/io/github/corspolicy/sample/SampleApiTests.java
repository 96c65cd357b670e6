package io.github.corspolicy.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo API over real HTTP, with the dev configuration of application.yml.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.front-end.enabled=false")
class SampleApiTests {

	private static final String FRONT_END = "http://localhost:3000";

	private static final String TOKEN = "Bearer demo-token";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void pingIsPublic() throws Exception {
		HttpResponse<String> response = get("/api/public/ping");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("pong");
	}

	static Stream<String> protectedReads() {
		return Stream.of("/api/v1/credits/balance", "/api/v1/jobs/overview", "/api/v1/users/me/profiles");
	}

	@ParameterizedTest
	@MethodSource("protectedReads")
	void protectedReadsAnswerJsonWithETagAndRequestIdForTheToken(String path) throws Exception {
		HttpResponse<String> response = get(path, "Authorization", TOKEN, "X-Request-ID", "abc-123");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(response.headers().firstValue("X-Request-ID")).hasValue("abc-123");
	}

	@ParameterizedTest
	@MethodSource("protectedReads")
	void protectedReadsAnswer401WithoutOrWithAWrongToken(String path) throws Exception {
		assertThat(get(path).statusCode()).isEqualTo(401);
		assertThat(get(path, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void updateProfileEchoesTheProfileOnEveryRepeat() throws Exception {
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/dashboard/update-profile"))
				.POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Ada\",\"theme\":\"dark\"}"))
				.header("Content-Type", "application/json")
				.header("Authorization", TOKEN)
				.header("Origin", FRONT_END));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"saved\":true", "\"displayName\":\"Ada\"");
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONT_END);
		}
	}

	@Test
	void failingRouteAnswers500ThatTheFrontEndCanRead() throws Exception {
		HttpResponse<String> response = get("/api/v1/fail", "Origin", FRONT_END);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONT_END);
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
	}

	@Test
	void unknownPathsNeedTheTokenAndThenAnswer404() throws Exception {
		assertThat(get("/api/v1/nothing-here").statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/nothing-here", "Authorization", TOKEN).statusCode()).isEqualTo(404);
	}

	static Stream<Arguments> devOrigins() {
		return Stream.of(Arguments.of("http://localhost:3000"), Arguments.of("http://127.0.0.1:3000"),
				Arguments.of("http://localhost:5173"), Arguments.of("http://127.0.0.1:5173"));
	}

	@ParameterizedTest
	@MethodSource("devOrigins")
	void preflightFromEachDevOriginIsAnsweredWithoutAToken(String origin) throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/credits/balance"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "authorization,x-request-id"));
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
			.hasValue("authorization, content-type, x-request-id");
		assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
	}

	@Test
	void unauthenticatedCallStillCarriesCorsHeadersAndExposesRequestId() throws Exception {
		HttpResponse<String> response = get("/api/v1/credits/balance", "Origin", FRONT_END);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONT_END);
		assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValue("ETag, X-Request-ID");
	}

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
