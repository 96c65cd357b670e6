package io.github.corspolicy.spring.timing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Timing-Allow-Origin contract on Tomcat, through the servlet filter and its header guard.
 */
@SpringBootTest(classes = TimingTestApplications.Servlet.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(TimingAllowOriginContract.PROFILE)
class TimingAllowOriginServletIntegrationTests extends TimingAllowOriginContract {

}
