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

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import io.github.corspolicy.spring.autoconfigure.OnCorsEnabledCondition;
import io.github.corspolicy.spring.servlet.ServletCorsMappings;
import io.github.corspolicy.spring.servlet.websocket.WebSocketOriginTakeover;
import io.github.corspolicy.spring.websocket.HandshakeEndpoints;

/**
 * Hands the origin check of Spring's servlet WebSocket and SockJS endpoints to the policy, when
 * spring-websocket is present and {@code cors.websocket.enabled} is not false: their paths go to
 * the filter, their {@code OriginHandshakeInterceptor}s and SockJS origin lists defer to the policy
 * (see {@link WebSocketOriginTakeover}).
 */
@AutoConfiguration(after = CorsPolicyServletAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = { "org.springframework.web.socket.server.support.WebSocketHttpRequestHandler",
		"org.springframework.web.servlet.handler.AbstractUrlHandlerMapping" })
@Conditional(OnCorsEnabledCondition.class)
@ConditionalOnBooleanProperty(name = "cors.websocket.enabled", matchIfMissing = true)
@ConditionalOnBean({ ServletCorsMappings.class, HandshakeEndpoints.class })
public final class CorsPolicyWebSocketAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	static WebSocketOriginTakeover corsPolicyWebSocketOriginTakeover(ListableBeanFactory beanFactory,
			ServletCorsMappings mappings, HandshakeEndpoints endpoints) {
		return new WebSocketOriginTakeover(beanFactory, mappings, endpoints);
	}

}
