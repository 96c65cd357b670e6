package io.github.corspolicy.spring.servlet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Forwarded headers read by Spring's {@code ForwardedHeaderFilter}. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = ForwardedSameOriginTests.TestApplication.class,
		properties = { ForwardedSameOriginTests.PROPERTIES, ForwardedSameOriginTests.LOG_EVERY_REJECTION,
				"server.forward-headers-strategy=framework" })
class ForwardedSameOriginFrameworkTests extends ForwardedSameOriginTests {

}
