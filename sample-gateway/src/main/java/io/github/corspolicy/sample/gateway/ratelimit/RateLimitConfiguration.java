package io.github.corspolicy.sample.gateway.ratelimit;

import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.corspolicy.sample.gateway.SampleGatewayProperties;

/**
 * The {@code RateLimiter} and {@code KeyResolver} that Gateway's {@code RequestRateLimiter} filter
 * uses by default; with both beans present, Gateway registers the filter's factory.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	FixedWindowRateLimiter fixedWindowRateLimiter(SampleGatewayProperties properties,
			ConfigurationService configurationService) {
		return new FixedWindowRateLimiter(properties.getRateLimit(), configurationService, System::nanoTime);
	}

	@Bean
	ClientAddressKeyResolver clientAddressKeyResolver() {
		return new ClientAddressKeyResolver();
	}

}
