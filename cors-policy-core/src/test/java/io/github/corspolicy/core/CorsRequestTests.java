package io.github.corspolicy.core;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The builder makes the same requests as the constructors and factories it stands in for, so that
 * callers can move to it and keep compiling when a request field is added.
 */
class CorsRequestTests {

	private static final String APP = "https://app.example.com";

	static Stream<Arguments> requests() {
		return Stream.of(
				argumentSet("a request without CORS headers", CorsRequest.builder("GET").build(),
						new CorsRequest("GET", null, null, null, null)),
				argumentSet("an actual request", CorsRequest.builder("POST").origin(APP).build(),
						CorsRequest.actual("POST", APP)),
				argumentSet("a preflight", CorsRequest.builder("OPTIONS")
					.origin(APP)
					.accessControlRequestMethod("PUT")
					.accessControlRequestHeaders("authorization")
					.build(), CorsRequest.preflight(APP, "PUT", "authorization")),
				argumentSet("a private network preflight from the server's own origin", CorsRequest.builder("OPTIONS")
					.origin(APP)
					.accessControlRequestMethod("GET")
					.accessControlRequestPrivateNetwork("true")
					.serverOrigin(APP)
					.build(), new CorsRequest("OPTIONS", APP, "GET", null, "true", APP)));
	}

	@ParameterizedTest
	@MethodSource("requests")
	void theBuilderMakesTheRequestTheConstructorsMake(CorsRequest built, CorsRequest constructed) {
		assertThat(built).isEqualTo(constructed);
	}

	@Test
	void aBuiltPreflightIsTakenForOneAndItsServerOriginForSameOrigin() {
		CorsRequest request = CorsRequest.builder("OPTIONS")
			.origin(APP)
			.accessControlRequestMethod("GET")
			.accessControlRequestPrivateNetwork("true")
			.serverOrigin(APP)
			.build();
		assertThat(request.isPreflight()).isTrue();
		assertThat(request.isSameOrigin()).isTrue();
		assertThat(request.requestsPrivateNetwork()).isTrue();
	}

}
