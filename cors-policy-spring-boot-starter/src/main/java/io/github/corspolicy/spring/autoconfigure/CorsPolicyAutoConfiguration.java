package io.github.corspolicy.spring.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.servlet.CorsDecisionListener;
import io.github.corspolicy.spring.servlet.CorsPolicyFilter;
import io.github.corspolicy.spring.servlet.RejectionLogger;

/**
 * Registers the CORS policy filter, built from {@code cors.*} properties, as the outermost filter of
 * a servlet application.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "cors.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CorsPolicyProperties.class)
public final class CorsPolicyAutoConfiguration {

	/** Never {@code corsFilter}: Spring Security would pick a bean of that name up as its own. */
	static final String FILTER_NAME = "corsPolicyFilter";

	private static final Log logger = LogFactory.getLog(CorsPolicyAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	static CorsMappings corsPolicyMappings(CorsPolicyProperties properties,
			ObjectProvider<UnknownPropertiesCheck> unknownProperties) {
		CorsMappingsFactory factory = new CorsMappingsFactory(properties);
		UnknownPropertiesCheck check = unknownProperties.getIfAvailable();
		CorsMappings mappings = (check != null) ? check.reportedWith(factory::create) : factory.create();
		factory.warnings().forEach((warning) -> logger.warn("CORS configuration: " + warning));
		logger.info("CORS policy: " + mappings.all().stream()
			.map(CorsPolicyAutoConfiguration::summary)
			.collect(Collectors.joining("; ")));
		return mappings;
	}

	@Bean
	@ConditionalOnMissingBean
	RejectionLogger corsRejectionLogger() {
		return new RejectionLogger();
	}

	@Bean
	@ConditionalOnMissingBean(name = FILTER_NAME + "Registration")
	FilterRegistrationBean<CorsPolicyFilter> corsPolicyFilterRegistration(CorsMappings mappings,
			CorsPolicyProperties properties, ObjectProvider<CorsDecisionListener> listeners) {
		CorsPolicyFilter filter = new CorsPolicyFilter(mappings, listeners.orderedStream().toList());
		FilterRegistrationBean<CorsPolicyFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName(FILTER_NAME);
		registration.setOrder(properties.getFilterOrder());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	private static String summary(CorsMapping mapping) {
		String paths = mapping.pathPatterns().isEmpty() ? "other paths" : mapping.pathPatterns().toString();
		if (mapping.policy() == null) {
			return mapping.name() + " " + paths + " CORS off";
		}
		// the settings that say something: no empty lists, no switched-off flags
		return mapping.name() + " " + paths + " " + mapping.policy().describe().entrySet().stream()
			.filter((entry) -> !List.of().equals(entry.getValue()) && !Boolean.FALSE.equals(entry.getValue()))
			.map(Object::toString)
			.collect(Collectors.joining(", ", "{", "}"));
	}

}
