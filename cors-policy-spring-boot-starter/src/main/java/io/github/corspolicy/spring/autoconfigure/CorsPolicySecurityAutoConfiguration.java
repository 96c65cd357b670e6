package io.github.corspolicy.spring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.cors.CorsConfigurationSource;

import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.security.PolicyCorsConfigurationSource;

/**
 * Offers the policy to Spring Security as the {@code corsConfigurationSource} bean that
 * {@code http.cors(withDefaults())} looks up. Nothing else is needed: the filter runs before the
 * security filter chain and answers preflights before authentication.
 */
@AutoConfiguration(after = CorsPolicyAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
@ConditionalOnBean(CorsMappings.class)
public final class CorsPolicySecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(value = CorsConfigurationSource.class,
			ignoredType = "org.springframework.web.servlet.handler.HandlerMappingIntrospector")
	PolicyCorsConfigurationSource corsConfigurationSource(CorsMappings mappings) {
		return new PolicyCorsConfigurationSource(mappings);
	}

}
