package io.github.corspolicy.spring.timing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Timing-Allow-Origin contract on Netty, through the reactive filter and its commit guard.
 */
@SpringBootTest(classes = TimingTestApplications.Reactive.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive",
				"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive."
						+ "TomcatReactiveWebServerAutoConfiguration" })
@ActiveProfiles(TimingAllowOriginContract.PROFILE)
class TimingAllowOriginReactiveIntegrationTests extends TimingAllowOriginContract {

}
