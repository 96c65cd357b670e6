package io.github.corspolicy.sample.reactive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Import;

import io.github.corspolicy.sample.frontend.FrontEndConfiguration;
import io.github.corspolicy.sample.frontend.SampleProperties;

/**
 * The servlet sample's API on WebFlux (Netty), on port 8080, and the same page on port 3000 that
 * calls it from another origin.
 */
@SpringBootApplication(exclude = ReactiveUserDetailsServiceAutoConfiguration.class) // bearer tokens, no user store
@EnableConfigurationProperties(SampleProperties.class)
@Import(FrontEndConfiguration.class) // the page, shared with sample-app
public class ReactiveSampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReactiveSampleApplication.class, args);
	}

}
