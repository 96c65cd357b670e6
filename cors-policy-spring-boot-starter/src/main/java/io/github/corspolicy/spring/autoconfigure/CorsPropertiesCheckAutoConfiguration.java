package io.github.corspolicy.spring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks that every {@code cors.*} key names a property. Unlike the policy, the check applies when
 * {@code cors.enabled=false} too: {@code cors.enabeld=false} must not pass silently either.
 */
@AutoConfiguration(before = CorsPolicyAutoConfiguration.class)
@ConditionalOnWebApplication
public final class CorsPropertiesCheckAutoConfiguration {

	@Bean
	static UnknownPropertiesCheck corsUnknownPropertiesCheck(ConfigurableEnvironment environment) {
		return new UnknownPropertiesCheck(environment, KnownProperties.cors());
	}

}
