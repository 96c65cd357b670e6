/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
