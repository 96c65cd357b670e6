package io.github.corspolicy.spring.autoconfigure.reactive;

import java.util.Arrays;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * Warns at start-up when more than one reactive {@link CorsConfigurationSource} bean exists:
 * {@code ServerHttpSecurity.cors()} looks one up by type and, finding several, silently applies none
 * (spring-security#9231).
 */
final class CorsConfigurationSourceCount implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(CorsConfigurationSourceCount.class);

	private final ListableBeanFactory beanFactory;

	CorsConfigurationSourceCount(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String[] names = this.beanFactory.getBeanNamesForType(CorsConfigurationSource.class, false, false);
		if (names.length > 1) {
			logger.warn("CORS configuration: " + names.length + " beans implement " + CorsConfigurationSource.class
				.getName() + " " + Arrays.toString(names) + ": ServerHttpSecurity.cors() then applies none of them "
					+ "(spring-security#9231); keep one, or name it in "
					+ "http.cors((cors) -> cors.configurationSource(...))");
		}
	}

}
