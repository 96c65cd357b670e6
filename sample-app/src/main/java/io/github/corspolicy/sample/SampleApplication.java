package io.github.corspolicy.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Import;

import io.github.corspolicy.sample.frontend.FrontEndConfiguration;
import io.github.corspolicy.sample.frontend.SampleProperties;

/**
 * A secured API on port 8080 and, on port 3000, a page that calls it from another origin.
 */
// bearer tokens, no user store; a DataSource only for live origins (LiveDatabaseConfiguration)
@SpringBootApplication(exclude = { UserDetailsServiceAutoConfiguration.class, DataSourceAutoConfiguration.class })
@EnableConfigurationProperties(SampleProperties.class)
@Import(FrontEndConfiguration.class) // the page, shared with sample-app-reactive
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
