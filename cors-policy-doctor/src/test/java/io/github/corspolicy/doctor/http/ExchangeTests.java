package io.github.corspolicy.doctor.http;

import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.corspolicy.core.browser.BrowserResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * An exchange without a response always says why, so that the reports never print {@code null}.
 */
class ExchangeTests {

	static Stream<Arguments> exchanges() {
		return Stream.of(
				argumentSet("no response and no reason", null, null, "no response came, and the transport gave no reason"),
				argumentSet("no response and a blank reason", null, " ", "no response came, and the transport gave no reason"),
				argumentSet("no response with a reason", null, "connection refused", "connection refused"),
				argumentSet("a response", BrowserResponse.of(200), null, null));
	}

	@ParameterizedTest
	@MethodSource("exchanges")
	void aMissingResponseAlwaysHasAReason(@Nullable BrowserResponse response, @Nullable String failure,
			@Nullable String shown) {
		assertThat(new Exchange(response, "", failure).failure()).isEqualTo(shown);
	}

}
