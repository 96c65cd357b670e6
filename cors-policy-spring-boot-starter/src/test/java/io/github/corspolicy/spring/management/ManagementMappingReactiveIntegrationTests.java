package io.github.corspolicy.spring.management;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code cors.management.mapping} on Netty.
 */
@SpringBootTest(classes = ManagementTestApplications.Reactive.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { ManagementTestApplications.Reactive.ON_NETTY, ManagementTestApplications.Reactive.WITHOUT_TOMCAT })
@ActiveProfiles(ManagementMappingContract.PROFILE)
class ManagementMappingReactiveIntegrationTests extends ManagementMappingContract {

}
