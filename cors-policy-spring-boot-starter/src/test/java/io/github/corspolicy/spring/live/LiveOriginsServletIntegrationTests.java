package io.github.corspolicy.spring.live;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The live origin contract on Tomcat, through the servlet filter and {@code http.cors()}.
 */
@SpringBootTest(classes = LiveTestApplications.Servlet.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(LiveTestApplications.PROFILE)
class LiveOriginsServletIntegrationTests extends LiveOriginsContract {

}
