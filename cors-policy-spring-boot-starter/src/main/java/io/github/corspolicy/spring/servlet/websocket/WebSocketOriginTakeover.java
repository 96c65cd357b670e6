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
package io.github.corspolicy.spring.servlet.websocket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import org.springframework.web.socket.sockjs.SockJsService;
import org.springframework.web.socket.sockjs.support.AbstractSockJsService;
import org.springframework.web.socket.sockjs.support.SockJsHttpRequestHandler;
import org.springframework.web.socket.sockjs.transport.TransportHandlingSockJsService;

import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.servlet.ServletCorsMappings;
import io.github.corspolicy.spring.websocket.HandshakeEndpoints;
import io.github.corspolicy.spring.websocket.HandshakeOriginWarning;

/**
 * Once every bean exists, and before the server accepts a request, finds the WebSocket and SockJS
 * endpoints in the application's URL handler mappings ({@code @EnableWebSocket},
 * {@code @EnableWebSocketMessageBroker}, or a mapping of its own) and hands the policy their origin
 * check:
 * <ul>
 * <li>each path goes to the {@link HandshakeEndpoints} the filter judges;</li>
 * <li>each {@link OriginHandshakeInterceptor} (Spring adds one to every registration) is replaced
 * by a {@link PolicyOriginHandshakeInterceptor};</li>
 * <li>a SockJS service whose path has a mapping with CORS on is told to allow every origin
 * ({@code setAllowedOriginPatterns("*")}), since the filter has refused what the policy refuses:
 * its info, transports and CORS headers then follow the policy, and Spring serves no iframe
 * transport, as with any restricted origin list;</li>
 * <li>an endpoint with its own origins other than the policy's gets one WARN line.</li>
 * </ul>
 * An endpoint whose path has a mapping with CORS off at start-up keeps Spring's own check.
 */
public final class WebSocketOriginTakeover implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(WebSocketOriginTakeover.class);

	private final ListableBeanFactory beanFactory;

	private final ServletCorsMappings mappings;

	private final HandshakeEndpoints endpoints;

	public WebSocketOriginTakeover(ListableBeanFactory beanFactory, ServletCorsMappings mappings,
			HandshakeEndpoints endpoints) {
		this.beanFactory = beanFactory;
		this.mappings = mappings;
		this.endpoints = endpoints;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (AbstractUrlHandlerMapping handlerMapping : this.beanFactory
			.getBeansOfType(AbstractUrlHandlerMapping.class, false, false)
			.values()) {
			handlerMapping.getHandlerMap().forEach(this::takeOver);
		}
	}

	private void takeOver(String path, Object handler) {
		if (handler instanceof WebSocketHttpRequestHandler webSocket) {
			this.endpoints.add(path);
			webSocket.setHandshakeInterceptors(replaced(path, webSocket.getHandshakeInterceptors()));
		}
		else if (handler instanceof SockJsHttpRequestHandler sockJs) {
			this.endpoints.add(path);
			takeOver(path, sockJs.getSockJsService());
		}
	}

	private void takeOver(String path, SockJsService service) {
		if (service instanceof TransportHandlingSockJsService transports) {
			transports.setHandshakeInterceptors(replaced(null, transports.getHandshakeInterceptors()));
		}
		CorsMapping mapping = mappingOf(path);
		if (service instanceof AbstractSockJsService sockJs && mapping.isEnabled()) {
			warnIfOwnOrigins(path, sockJs.getAllowedOrigins(), sockJs.getAllowedOriginPatterns(), mapping);
			sockJs.setAllowedOrigins(List.of());
			sockJs.setAllowedOriginPatterns(List.of("*"));
		}
	}

	/**
	 * The interceptors with each of Spring's origin checks replaced, warning about its origins
	 * (for a SockJS service, {@code path} is null: the warning comes from the service's origins).
	 */
	private List<HandshakeInterceptor> replaced(@Nullable String path, List<HandshakeInterceptor> interceptors) {
		List<HandshakeInterceptor> replaced = new ArrayList<>(interceptors.size());
		for (HandshakeInterceptor interceptor : interceptors) {
			// Spring's own class only: a subclass of the application's may check more than the origin
			if (interceptor.getClass() == OriginHandshakeInterceptor.class) {
				OriginHandshakeInterceptor own = (OriginHandshakeInterceptor) interceptor;
				if (path != null && mappingOf(path).isEnabled()) {
					warnIfOwnOrigins(path, own.getAllowedOrigins(), own.getAllowedOriginPatterns(), mappingOf(path));
				}
				replaced.add(new PolicyOriginHandshakeInterceptor(own, this.mappings));
			}
			else {
				replaced.add(interceptor);
			}
		}
		return replaced;
	}

	/** The mapping of an endpoint's path at start-up; {@code /sockjs/**} is {@code /sockjs}'s. */
	private CorsMapping mappingOf(String path) {
		String base = path.endsWith("/**") ? path.substring(0, path.length() - 3) : path;
		return this.mappings.mappings().resolve(base.isEmpty() ? "/" : base);
	}

	private static void warnIfOwnOrigins(String path, Collection<String> origins, Collection<String> patterns,
			CorsMapping mapping) {
		List<String> own = new ArrayList<>(origins);
		own.addAll(patterns);
		String warning = HandshakeOriginWarning.of(path, own, mapping);
		if (warning != null) {
			logger.warn("CORS configuration: " + warning);
		}
	}

}
