package io.github.corspolicy.spring.live;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The live origin contract on Netty, through the reactive filter and {@code ServerHttpSecurity.cors()}.
 */
@SpringBootTest(classes = LiveTestApplications.Reactive.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive",
				"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive."
						+ "TomcatReactiveWebServerAutoConfiguration" })
@ActiveProfiles(LiveTestApplications.PROFILE)
class LiveOriginsReactiveIntegrationTests extends LiveOriginsContract {

}
