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
package io.github.corspolicy.spring.autoconfigure.servlet;

import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

import io.github.corspolicy.spring.autoconfigure.CorsPolicyProperties;
import io.github.corspolicy.spring.autoconfigure.ManagementCorsMappings;
import io.github.corspolicy.spring.listener.CorsDecisionListener;
import io.github.corspolicy.spring.servlet.CorsPolicyFilter;
import io.github.corspolicy.spring.servlet.HandshakeRequests;
import io.github.corspolicy.spring.servlet.ServletCorsMappings;

/**
 * Registers the CORS policy filter in the servlet context of the management server's own port, as
 * on the main port: ordered by {@code cors.filter-order} before the Spring Security filter chain
 * that Spring Boot registers there from the main context, for request, error and async dispatches,
 * and telling the main context's listeners (log, metrics). A servlet context collects only its own
 * context's filters, hence this registration.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(value = ManagementCorsMappings.class, search = SearchStrategy.ANCESTORS)
public final class CorsPolicyServletManagementContextConfiguration {

	@Bean
	FilterRegistrationBean<CorsPolicyFilter> corsPolicyFilterRegistration(ManagementCorsMappings mappings,
			CorsPolicyProperties properties, ObjectProvider<CorsDecisionListener> listeners) {
		// the management server's DispatcherServlet is mapped to '/': its paths are within the base path
		ServletCorsMappings servletMappings = new ServletCorsMappings(mappings.mappings(),
				Set.of(ServletCorsMappings.DISPATCHER_SERVLET_NAME));
		return CorsPolicyServletAutoConfiguration.filterRegistration(servletMappings, properties, listeners,
				HandshakeRequests.NONE);
	}

}
