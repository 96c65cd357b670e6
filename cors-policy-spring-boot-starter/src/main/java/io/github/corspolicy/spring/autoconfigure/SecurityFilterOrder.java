/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.corspolicy.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Checks that the CORS filter runs before Spring Security's filter chain, servlet or reactive.
 * Behind it, every preflight meets authentication first, and a protected route answers it 401
 * without CORS headers. Both chains are known by their bean names, so this check needs neither
 * stack's types.
 */
final class SecurityFilterOrder {

	/** The bean Spring Boot registers as a servlet filter when Spring Security is configured. */
	static final String FILTER_CHAIN_BEAN = "springSecurityFilterChain";

	static final String ORDER_PROPERTY = "spring.security.filter.order";

	/** Spring Boot's {@code SecurityFilterProperties.DEFAULT_FILTER_ORDER}. */
	static final int DEFAULT_ORDER = -100;

	/** The names of the {@code WebFilterChainProxy} bean of {@code @EnableWebFluxSecurity}: Security 7, then 6. */
	static final List<String> WEB_FILTER_CHAIN_BEANS = List.of(
			"org.springframework.security.config.annotation.web.reactive.WebFluxSecurityConfiguration.WebFilterChainFilter",
			"springSecurityWebFilterChainFilter");

	/** Spring Security's {@code WebFluxSecurityConfiguration.WEB_FILTER_CHAIN_FILTER_ORDER}. */
	static final int DEFAULT_WEB_FILTER_ORDER = -100;

	private SecurityFilterOrder() {
	}

	/** A problem when {@code cors.filter-order} is at or after the order of Spring Security's chain. */
	static List<ConfigurationProblem> check(int corsOrder, Environment environment, ListableBeanFactory beanFactory) {
		List<ConfigurationProblem> problems = new ArrayList<>(1);
		if (beanFactory.containsBeanDefinition(FILTER_CHAIN_BEAN)) {
			int securityOrder = Binder.get(environment).bind(ORDER_PROPERTY, Integer.class).orElse(DEFAULT_ORDER);
			if (corsOrder >= securityOrder) {
				problems.add(problem(corsOrder, "Spring Security's filter chain (" + ORDER_PROPERTY + "=" + securityOrder
						+ ")", securityOrder));
			}
		}
		for (String name : WEB_FILTER_CHAIN_BEANS) {
			if (beanFactory.containsBeanDefinition(name)) {
				problems.addAll(reactiveChain(corsOrder, name, beanFactory));
				break;
			}
		}
		return problems;
	}

	/** The reactive chain's order is its bean method's {@code @Order}. */
	private static List<ConfigurationProblem> reactiveChain(int corsOrder, String name, ListableBeanFactory beanFactory) {
		Order order = beanFactory.findAnnotationOnBean(name, Order.class, false);
		int securityOrder = (order != null) ? order.value() : DEFAULT_WEB_FILTER_ORDER;
		if (corsOrder < securityOrder) {
			return List.of();
		}
		return List.of(problem(corsOrder, "Spring Security's reactive filter chain (its WebFilterChainProxy, order "
				+ securityOrder + ")", securityOrder));
	}

	private static ConfigurationProblem problem(int corsOrder, String chain, int securityOrder) {
		return new ConfigurationProblem(ConfigurationProblem.Kind.FILTER_ORDER_AFTER_SECURITY,
				CorsMappingsFactory.PREFIX + "filter-order", String.valueOf(corsOrder),
				"is at or after the order of " + chain + ": every preflight would meet authentication first, and a"
						+ " protected route would answer it 401 without CORS headers",
				"remove cors.filter-order (the default runs before Spring Security), or write a value below "
						+ securityOrder);
	}

}
