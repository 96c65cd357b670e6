package io.github.corspolicy.spring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * Checks Spring Cloud Gateway's CORS properties against the policy (see
 * {@link GatewayCorsSettingsCheck}); by property name only, so it needs no Gateway class and
 * costs one pass over the property names where there is no gateway.
 */
@AutoConfiguration(after = CorsPolicyAutoConfiguration.class)
@ConditionalOnWebApplication
@ConditionalOnBean(CorsMappings.class)
public final class CorsGatewaySettingsCheckAutoConfiguration {

	@Bean
	static GatewayCorsSettingsCheck corsGatewaySettingsCheck(ConfigurableEnvironment environment,
			CorsMappings mappings) {
		return new GatewayCorsSettingsCheck(environment, mappings);
	}

}
