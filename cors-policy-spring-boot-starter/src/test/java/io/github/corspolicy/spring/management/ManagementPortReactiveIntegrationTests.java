package io.github.corspolicy.spring.management;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The management port contract on Netty: a child context with its own {@code HttpHandler}.
 */
@SpringBootTest(classes = ManagementTestApplications.Reactive.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { ManagementTestApplications.Reactive.ON_NETTY, ManagementTestApplications.Reactive.WITHOUT_TOMCAT })
@ActiveProfiles(ManagementPortContract.PROFILE)
class ManagementPortReactiveIntegrationTests extends ManagementPortContract {

}
