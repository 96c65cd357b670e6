package io.github.corspolicy.spring.management;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The management port contract on Tomcat: a child context with its own servlet context.
 */
@SpringBootTest(classes = ManagementTestApplications.Servlet.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(ManagementPortContract.PROFILE)
class ManagementPortServletIntegrationTests extends ManagementPortContract {

}
