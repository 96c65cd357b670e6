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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

import io.github.corspolicy.spring.actuate.CorsEndpoint;
import io.github.corspolicy.spring.listener.RejectionLogger;
import io.github.corspolicy.spring.live.CorsOriginSource;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * Builds the CORS mappings from {@code cors.*} properties (every problem reported at once), logs the
 * warnings and the policy line, and defines the rejection log: the stack-neutral part of the
 * starter, active in servlet and reactive web applications alike. The servlet filter and the
 * reactive one are defined by their own auto-configurations, after this one.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@Conditional(OnCorsEnabledCondition.class)
@EnableConfigurationProperties(CorsPolicyProperties.class)
@ImportRuntimeHints(CorsPolicyRuntimeHints.class)
public final class CorsPolicyAutoConfiguration {

	static final String ACTUATOR_ENDPOINT = "org.springframework.boot.actuate.endpoint.annotation.Endpoint";

	private static final Log logger = LogFactory.getLog(CorsPolicyAutoConfiguration.class);

	/** The name of the mappings built from the properties: only those are refreshed. */
	static final String MAPPINGS_BEAN = "corsPolicyMappings";

	@Bean(MAPPINGS_BEAN)
	@ConditionalOnMissingBean
	static CorsMappings corsPolicyMappings(ObjectProvider<CorsPolicyProperties> boundProperties,
			Environment environment, ListableBeanFactory beanFactory,
			ObjectProvider<UnknownPropertiesCheck> unknownProperties) {
		List<ConfigurationProblem> settingProblems = new ArrayList<>(EmptySettingValues.find(environment));
		CorsPolicyProperties properties = settingProblems.isEmpty() ? boundProperties.getObject()
				: EmptySettingValues.bindWithoutEmptyValues(environment);
		settingProblems.addAll(SecurityFilterOrder.check(properties.getFilterOrder(), environment, beanFactory));
		CorsMappingsFactory factory = new CorsMappingsFactory(properties, settingProblems);
		UnknownPropertiesCheck check = unknownProperties.getIfAvailable();
		CorsMappings mappings = (check != null) ? check.reportedWith(factory::create) : factory.create();
		factory.warnings().forEach((warning) -> logger.warn("CORS configuration: " + warning));
		logger.info("CORS policy: " + PolicySummary.of(mappings, endpointPath(environment, beanFactory)));
		return mappings;
	}

	/**
	 * The mappings every request reads, starting from the ones built here. They can change only
	 * when they were built from the properties and something can ask for a refresh: a
	 * {@link CorsOriginSource}, the endpoint, or Spring Cloud's events; otherwise (mappings of the
	 * application's own, too) they are fixed and the filters resolve as they always have.
	 */
	@Bean
	@ConditionalOnMissingBean
	static LiveCorsMappings corsPolicyLiveMappings(CorsMappings mappings, ObjectProvider<CorsOriginSource> sources,
			ConfigurableListableBeanFactory beanFactory) {
		return new LiveCorsMappings(mappings, canRefresh(sources, beanFactory));
	}

	@Bean
	@ConditionalOnMissingBean
	RejectionLogger corsRejectionLogger() {
		return new RejectionLogger();
	}

	/** Whether anything can ever ask for a refresh: a source, the endpoint, or Spring Cloud's events. */
	private static boolean canRefresh(ObjectProvider<CorsOriginSource> sources,
			ConfigurableListableBeanFactory beanFactory) {
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		boolean fromProperties = beanFactory.containsBeanDefinition(MAPPINGS_BEAN);
		return fromProperties && (sources.stream().findAny().isPresent() || hasEndpoint(beanFactory)
				|| ClassUtils.isPresent(CorsPolicyLiveAutoConfiguration.CLOUD_EVENT, classLoader));
	}

	private static boolean hasEndpoint(ListableBeanFactory beanFactory) {
		// CorsEndpoint.class is only touched with Actuator present
		return ClassUtils.isPresent(ACTUATOR_ENDPOINT, CorsPolicyAutoConfiguration.class.getClassLoader())
				&& beanFactory.getBeanNamesForType(CorsEndpoint.class, false, false).length > 0;
	}

	/** Where the cors endpoint answers over HTTP, when it is available (its bean is defined by now). */
	private static @Nullable String endpointPath(Environment environment, ListableBeanFactory beanFactory) {
		if (!hasEndpoint(beanFactory)) {
			return null;
		}
		String basePath = environment.getProperty("management.endpoints.web.base-path", "/actuator");
		return basePath + "/" + environment.getProperty("management.endpoints.web.path-mapping.cors", "cors");
	}

}
