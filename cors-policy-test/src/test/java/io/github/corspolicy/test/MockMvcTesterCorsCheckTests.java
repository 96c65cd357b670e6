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
package io.github.corspolicy.test;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.github.corspolicy.core.browser.BrowserVerdict.Failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The browser played against a {@link MockMvcTester}, Spring's AssertJ flavour of MockMvc.
 */
class MockMvcTesterCorsCheckTests {

	private final MockMvcTester mvc = MockMvcTester.of(List.of(new ItemsController()),
			(builder) -> builder.addFilters(new OneOriginCorsFilter(CorsRules.strict())).build());

	@Test
	void credentialedPutWithAuthorizationIsAllowed() {
		CorsOutcome outcome = CorsCheck.with(this.mvc).from(CorsRules.ORIGIN).withCredentials()
			.put("/api/items")
			.header("Authorization", "Bearer t")
			.run();
		assertThat(outcome).isAllowed().wasPreflighted().hasStatus(200);
	}

	@Test
	void headerTheServerDoesNotAllowIsBlocked() {
		CorsOutcome outcome = CorsCheck.with(this.mvc).from(CorsRules.ORIGIN)
			.get("/api/items")
			.header("X-Debug", "1")
			.run();
		assertThat(outcome).isBlocked().because(Failure.HEADER_NOT_ALLOWED);
	}

	@Test
	void exceptionInTheControllerPointsToARealServer() {
		CorsCall call = CorsCheck.with(this.mvc).from(CorsRules.ORIGIN).get("/api/items/broken");
		assertThatIllegalStateException().isThrownBy(call::run).withMessageContaining("CorsCheck.against(URI)");
	}

}
