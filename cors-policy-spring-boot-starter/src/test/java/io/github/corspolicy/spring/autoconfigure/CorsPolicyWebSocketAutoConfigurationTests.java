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

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import io.github.corspolicy.spring.autoconfigure.reactive.CorsPolicyReactiveAutoConfiguration;
import io.github.corspolicy.spring.autoconfigure.servlet.CorsPolicyServletAutoConfiguration;
import io.github.corspolicy.spring.autoconfigure.servlet.CorsPolicyWebSocketAutoConfiguration;
import io.github.corspolicy.spring.servlet.websocket.WebSocketOriginTakeover;
import io.github.corspolicy.spring.websocket.HandshakeEndpoints;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WebSocket part of the auto-configuration: present in a servlet application with
 * spring-websocket, gone with {@code cors.websocket.enabled=false}, without spring-websocket, with
 * {@code cors.enabled=false} and in a reactive application; a bad value fails the start-up with a
 * report naming the property.
 */
class CorsPolicyWebSocketAutoConfigurationTests {

	private static final AutoConfigurations AUTO_CONFIGURATIONS = AutoConfigurations.of(
			CorsPropertiesCheckAutoConfiguration.class, CorsPolicyAutoConfiguration.class,
			CorsPolicyServletAutoConfiguration.class, CorsPolicyWebSocketAutoConfiguration.class,
			CorsPolicyReactiveAutoConfiguration.class);

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
		.withConfiguration(AUTO_CONFIGURATIONS)
		.withPropertyValues("cors.allowed-origins=https://app.example.com");

	@Test
	void takesOverTheEndpointsOfAServletApplicationWithSpringWebSocket() {
		this.servlet.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(WebSocketOriginTakeover.class)
			.hasSingleBean(HandshakeEndpoints.class));
	}

	@Test
	void leavesSpringAloneWhenSwitchedOff() {
		this.servlet.withPropertyValues("cors.websocket.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(WebSocketOriginTakeover.class)
				.hasBean("corsPolicyFilterRegistration"));
	}

	@Test
	void startsWithoutSpringWebSocket() {
		this.servlet.withClassLoader(new FilteredClassLoader("org.springframework.web.socket"))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(WebSocketOriginTakeover.class)
				.hasBean("corsPolicyFilterRegistration"));
	}

	@Test
	void isGoneWithCorsOff() {
		this.servlet.withPropertyValues("cors.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(WebSocketOriginTakeover.class)
				.doesNotHaveBean(HandshakeEndpoints.class));
	}

	@Test
	void aReactiveApplicationNeedsNeitherSpringWebSocketNorTheServletApi() {
		new ReactiveWebApplicationContextRunner().withConfiguration(AUTO_CONFIGURATIONS)
			.withPropertyValues("cors.allowed-origins=https://app.example.com")
			.withClassLoader(new FilteredClassLoader("jakarta.servlet.", "org.springframework.web.socket.server",
					"org.springframework.web.socket.sockjs"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasBean("corsPolicyWebFilter")
				.doesNotHaveBean(WebSocketOriginTakeover.class));
	}

	@Test
	void anEmptyValueFailsTheStartUpNamingTheProperty() {
		this.servlet.withPropertyValues("cors.websocket.enabled=").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = analyse(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("cors.websocket.enabled");
		});
	}

	private static FailureAnalysis analyse(Throwable failure) {
		for (FailureAnalyzer analyzer : new FailureAnalyzer[] { new InvalidCorsConfigurationFailureAnalyzer(),
				new UnboundCorsPropertiesFailureAnalyzer() }) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		throw new AssertionError("no analysis of " + failure, failure);
	}

}
