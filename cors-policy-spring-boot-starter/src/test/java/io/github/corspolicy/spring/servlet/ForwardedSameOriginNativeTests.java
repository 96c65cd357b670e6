package io.github.corspolicy.spring.servlet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Forwarded headers read by Tomcat's {@code RemoteIpValve}. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = ForwardedSameOriginTests.TestApplication.class,
		properties = { ForwardedSameOriginTests.PROPERTIES, ForwardedSameOriginTests.LOG_EVERY_REJECTION,
				"server.forward-headers-strategy=native" })
class ForwardedSameOriginNativeTests extends ForwardedSameOriginTests {

}
