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
