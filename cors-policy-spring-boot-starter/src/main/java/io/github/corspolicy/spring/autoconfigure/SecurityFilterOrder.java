package io.github.corspolicy.spring.autoconfigure;

import java.util.List;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Checks that the CORS filter runs before Spring Security's servlet filter chain. Behind it, every
 * preflight meets authentication first, and a protected route answers it 401 without CORS headers.
 */
final class SecurityFilterOrder {

	/** The bean Spring Boot registers as a servlet filter when Spring Security is configured. */
	static final String FILTER_CHAIN_BEAN = "springSecurityFilterChain";

	static final String ORDER_PROPERTY = "spring.security.filter.order";

	/** Spring Boot's {@code SecurityFilterProperties.DEFAULT_FILTER_ORDER}. */
	static final int DEFAULT_ORDER = -100;

	private SecurityFilterOrder() {
	}

	/** A problem when {@code cors.filter-order} is at or after the order of Spring Security's chain. */
	static List<ConfigurationProblem> check(int corsOrder, Environment environment, ListableBeanFactory beanFactory) {
		if (!beanFactory.containsBeanDefinition(FILTER_CHAIN_BEAN)) {
			return List.of();
		}
		int securityOrder = Binder.get(environment).bind(ORDER_PROPERTY, Integer.class).orElse(DEFAULT_ORDER);
		if (corsOrder < securityOrder) {
			return List.of();
		}
		return List.of(new ConfigurationProblem(ConfigurationProblem.Kind.FILTER_ORDER_AFTER_SECURITY,
				CorsMappingsFactory.PREFIX + "filter-order", String.valueOf(corsOrder),
				"is at or after the order of Spring Security's filter chain (" + ORDER_PROPERTY + "=" + securityOrder
						+ "): every preflight would meet authentication first, and a protected route would answer it"
						+ " 401 without CORS headers",
				"remove cors.filter-order (the default runs before Spring Security), or write a value below "
						+ securityOrder));
	}

}
