package io.github.corspolicy.sample.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Import;

import io.github.corspolicy.sample.frontend.FrontEndConfiguration;
import io.github.corspolicy.sample.frontend.SampleProperties;

/**
 * A Spring Cloud Gateway on port 8081 that routes {@code /api/**} and {@code /dashboard/**} to the
 * sample API ({@code sample.upstream}), and the samples' page on port 3000, which calls the gateway
 * from another origin.
 */
@SpringBootApplication(exclude = ReactiveUserDetailsServiceAutoConfiguration.class) // bearer tokens, no user store
@EnableConfigurationProperties({ SampleProperties.class, SampleGatewayProperties.class })
@Import(FrontEndConfiguration.class) // the page, shared with both samples
public class GatewaySampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewaySampleApplication.class, args);
	}

}
