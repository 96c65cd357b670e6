package io.github.corspolicy.spring.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.metrics.CorsRequestMetrics;

/**
 * Counts CORS decisions in the {@code cors.requests} meter when Micrometer is present.
 */
@AutoConfiguration(after = CorsPolicyAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ CorsMappings.class, MeterRegistry.class })
public final class CorsPolicyMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsRequestMetrics corsRequestMetrics(CorsMappings mappings, MeterRegistry registry) {
		return new CorsRequestMetrics(mappings, registry);
	}

}
