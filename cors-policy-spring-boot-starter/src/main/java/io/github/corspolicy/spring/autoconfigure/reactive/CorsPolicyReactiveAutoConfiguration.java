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
package io.github.corspolicy.spring.autoconfigure.reactive;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

import io.github.corspolicy.spring.autoconfigure.CorsPolicyAutoConfiguration;
import io.github.corspolicy.spring.autoconfigure.CorsPolicyProperties;
import io.github.corspolicy.spring.autoconfigure.OnCorsEnabledCondition;
import io.github.corspolicy.spring.listener.CorsDecisionListener;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.reactive.CorsPolicyWebFilter;
import io.github.corspolicy.spring.reactive.security.ReactivePolicyCorsConfigurationSource;

/**
 * Defines the CORS policy {@code WebFilter} of a reactive application, ordered by
 * {@code cors.filter-order} before Spring Security's {@code WebFilterChainProxy} and every
 * application filter, and offers the policy to Spring Security as the reactive
 * {@code corsConfigurationSource} bean that {@code ServerHttpSecurity.cors(withDefaults())} looks up.
 * With {@code cors.websocket.enabled} (the default) the filter also refuses cross-origin WebSocket
 * handshakes whose origin the policy refuses.
 */
@AutoConfiguration(after = CorsPolicyAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@Conditional(OnCorsEnabledCondition.class)
@ConditionalOnBean(CorsMappings.class)
public final class CorsPolicyReactiveAutoConfiguration {

	/** Never {@code corsWebFilter}, the name users give Spring's own. */
	static final String FILTER_NAME = "corsPolicyWebFilter";

	@Bean(FILTER_NAME)
	@ConditionalOnMissingBean(name = FILTER_NAME)
	CorsPolicyWebFilter corsPolicyWebFilter(LiveCorsMappings mappings, CorsPolicyProperties properties,
			ObjectProvider<CorsDecisionListener> listeners) {
		return new CorsPolicyWebFilter(mappings, listeners.orderedStream().toList(), properties.getFilterOrder(),
				properties.getWebsocket().isEnabled());
	}

	/**
	 * The policy for {@code ServerHttpSecurity.cors()}. Nothing else is needed: the filter runs
	 * before the security chain and answers preflights before authentication.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.security.config.web.server.ServerHttpSecurity")
	static class SecurityConfiguration {

		@Bean
		@ConditionalOnMissingBean(CorsConfigurationSource.class)
		ReactivePolicyCorsConfigurationSource corsConfigurationSource(LiveCorsMappings mappings) {
			return new ReactivePolicyCorsConfigurationSource(mappings);
		}

		@Bean
		static CorsConfigurationSourceCount corsConfigurationSourceCount(ListableBeanFactory beanFactory) {
			return new CorsConfigurationSourceCount(beanFactory);
		}

	}

}
