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
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.util.ClassUtils;
import org.springframework.web.cors.CorsConfigurationSource;

import io.github.corspolicy.spring.autoconfigure.CorsPolicyAutoConfiguration;
import io.github.corspolicy.spring.autoconfigure.CorsPolicyProperties;
import io.github.corspolicy.spring.autoconfigure.OnCorsEnabledCondition;
import io.github.corspolicy.spring.listener.CorsDecisionListener;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.servlet.CorsPolicyFilter;
import io.github.corspolicy.spring.servlet.HandshakeRequests;
import io.github.corspolicy.spring.servlet.ServletCorsMappings;
import io.github.corspolicy.spring.servlet.security.PolicyCorsConfigurationSource;
import io.github.corspolicy.spring.websocket.HandshakeEndpoints;

/**
 * Registers the CORS policy filter as the outermost filter of a servlet application, for request,
 * error and async dispatches, and offers the policy to Spring Security as the
 * {@code corsConfigurationSource} bean that {@code http.cors(withDefaults())} looks up. With
 * {@code cors.websocket.enabled} (the default) the filter also refuses cross-origin WebSocket and
 * SockJS handshakes whose origin the policy refuses.
 */
@AutoConfiguration(after = CorsPolicyAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(OnCorsEnabledCondition.class)
@ConditionalOnBean(CorsMappings.class)
@ImportRuntimeHints(CorsPolicyServletRuntimeHints.class)
public final class CorsPolicyServletAutoConfiguration {

	/** Never {@code corsFilter}: Spring Security would pick a bean of that name up as its own. */
	static final String FILTER_NAME = "corsPolicyFilter";

	static final String DISPATCHER_SERVLET = "org.springframework.web.servlet.DispatcherServlet";

	@Bean
	@ConditionalOnMissingBean
	static ServletCorsMappings corsPolicyServletMappings(LiveCorsMappings mappings,
			ObjectProvider<ServletRegistrationBean<?>> servlets) {
		Set<String> names = servlets.orderedStream()
			.filter((registration) -> isDispatcherServlet(registration.getServlet()))
			.map(ServletRegistrationBean::getServletName)
			.collect(Collectors.toSet());
		return new ServletCorsMappings(mappings, names.isEmpty() ? Set.of(ServletCorsMappings.DISPATCHER_SERVLET_NAME)
				: names);
	}

	/** The paths of the WebSocket and SockJS endpoints, filled at start-up when spring-websocket is there. */
	@Bean
	@ConditionalOnMissingBean
	static HandshakeEndpoints corsPolicyHandshakeEndpoints() {
		return new HandshakeEndpoints();
	}

	@Bean
	@ConditionalOnMissingBean(name = FILTER_NAME + "Registration")
	FilterRegistrationBean<CorsPolicyFilter> corsPolicyFilterRegistration(ServletCorsMappings mappings,
			CorsPolicyProperties properties, ObjectProvider<CorsDecisionListener> listeners,
			HandshakeEndpoints endpoints) {
		HandshakeRequests handshakes = properties.getWebsocket().isEnabled()
				? new HandshakeRequests(mappings, endpoints) : HandshakeRequests.NONE;
		return filterRegistration(mappings, properties, listeners, handshakes);
	}

	/**
	 * The filter's registration, here and in the management server's servlet context (which has no
	 * WebSocket endpoints of the application's).
	 */
	static FilterRegistrationBean<CorsPolicyFilter> filterRegistration(ServletCorsMappings mappings,
			CorsPolicyProperties properties, ObjectProvider<CorsDecisionListener> listeners,
			HandshakeRequests handshakes) {
		CorsPolicyFilter filter = new CorsPolicyFilter(mappings, listeners.orderedStream().toList(), handshakes);
		FilterRegistrationBean<CorsPolicyFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName(FILTER_NAME);
		registration.setOrder(properties.getFilterOrder());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/** Whether a registered servlet is Spring MVC's, whose servlet path {@code @RequestMapping} does not see. */
	private static boolean isDispatcherServlet(Servlet servlet) {
		ClassLoader classLoader = servlet.getClass().getClassLoader();
		return ClassUtils.isPresent(DISPATCHER_SERVLET, classLoader)
				&& ClassUtils.resolveClassName(DISPATCHER_SERVLET, classLoader).isInstance(servlet);
	}

	/**
	 * The policy for {@code http.cors()}. Nothing else is needed: the filter runs before the security
	 * filter chain and answers preflights before authentication.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
	static class SecurityConfiguration {

		@Bean
		@ConditionalOnMissingBean(value = CorsConfigurationSource.class,
				ignoredType = "org.springframework.web.servlet.handler.HandlerMappingIntrospector")
		PolicyCorsConfigurationSource corsConfigurationSource(ServletCorsMappings mappings) {
			return new PolicyCorsConfigurationSource(mappings);
		}

	}

}
