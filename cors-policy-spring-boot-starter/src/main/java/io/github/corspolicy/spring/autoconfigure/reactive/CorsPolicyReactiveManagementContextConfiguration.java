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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.context.annotation.Bean;

import io.github.corspolicy.spring.autoconfigure.CorsPolicyProperties;
import io.github.corspolicy.spring.autoconfigure.ManagementCorsMappings;
import io.github.corspolicy.spring.listener.CorsDecisionListener;
import io.github.corspolicy.spring.reactive.CorsPolicyWebFilter;

/**
 * Defines the CORS policy {@code WebFilter} of the management server's own port. Its
 * {@code HttpHandler} collects the {@code WebFilter}s of the main context too (Spring Security's
 * chain among them); this one has the main filter's bean name, so it takes that filter's place
 * there, with the same order, and decides by {@link ManagementCorsMappings}.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(value = ManagementCorsMappings.class, search = SearchStrategy.ANCESTORS)
public final class CorsPolicyReactiveManagementContextConfiguration {

	@Bean(CorsPolicyReactiveAutoConfiguration.FILTER_NAME)
	CorsPolicyWebFilter corsPolicyWebFilter(ManagementCorsMappings mappings, CorsPolicyProperties properties,
			ObjectProvider<CorsDecisionListener> listeners) {
		return new CorsPolicyWebFilter(mappings.mappings(), listeners.orderedStream().toList(),
				properties.getFilterOrder(), properties.getWebsocket().isEnabled());
	}

}
