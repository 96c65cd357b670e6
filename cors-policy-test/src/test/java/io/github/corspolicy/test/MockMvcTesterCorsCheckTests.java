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
