package io.github.corspolicy.spring.management;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code cors.management.mapping} on Tomcat.
 */
@SpringBootTest(classes = ManagementTestApplications.Servlet.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(ManagementMappingContract.PROFILE)
class ManagementMappingServletIntegrationTests extends ManagementMappingContract {

}
