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
package io.github.corspolicy.sample.reactive;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.reactor.netty.NettyWebServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.corspolicy.sample.contract.SampleContract;
import io.github.corspolicy.sample.contract.SampleHttp;
import io.github.corspolicy.sample.frontend.FrontEndConfiguration;
import io.github.corspolicy.sample.frontend.SampleProperties;
import io.github.corspolicy.spring.autoconfigure.CorsPolicyProperties;
import io.github.corspolicy.spring.autoconfigure.CorsPolicyProperties.Mapping;

import static io.github.corspolicy.sample.contract.SampleContract.BEARER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile on Netty: origins only from FRONTEND_ORIGINS and ALLOW_ORIGINS_REGEX, never
 * localhost, a credential-free public mapping, and no front end. The starter's reactive filter is
 * not there yet, so the {@code cors.*} section is checked as it binds, not as a browser sees it.
 */
@ActiveProfiles("prod")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReactiveSampleProdProfileTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Environment environment;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void originsFromTheEnvironment(DynamicPropertyRegistry registry) {
		SampleContract.PROD_ENVIRONMENT.forEach((name, value) -> registry.add(name, () -> value));
	}

	@Test
	void startsOnNettyWithoutTheFrontEnd() {
		assertThat(this.context).isInstanceOf(ReactiveWebServerApplicationContext.class);
		assertThat(((ReactiveWebServerApplicationContext) this.context).getWebServer()).isInstanceOf(NettyWebServer.class);
		assertThat(this.context.getBean(SampleProperties.class).getFrontEnd().isEnabled()).isFalse();
		assertThat(this.context.getBeanNamesForType(FrontEndConfiguration.class)).isEmpty();
	}

	@Test
	void originsComeFromTheEnvironmentOnly() {
		CorsPolicyProperties cors = corsProperties();
		assertThat(cors.getAllowedOrigins()).containsExactly("https://app.example.com", "https://admin.example.com");
		assertThat(cors.getAllowedOriginRegexes())
			.containsExactly(SampleContract.PROD_ENVIRONMENT.get("ALLOW_ORIGINS_REGEX"));
		assertThat(cors.getAllowedOrigins()).noneMatch((origin) -> origin.contains("localhost"));
		assertThat(cors.getAllowCredentials()).isTrue();
	}

	@Test
	void publicEndpointsAreMappedForAnySiteWithoutCredentials() {
		List<Mapping> mappings = corsProperties().getMappings();
		assertThat(mappings).hasSize(1);
		Mapping publicMapping = mappings.get(0);
		assertThat(publicMapping.getName()).isEqualTo("public");
		assertThat(publicMapping.getPathPatterns()).containsExactly("/api/public/**");
		assertThat(publicMapping.getAllowedOrigins()).containsExactly("*");
		assertThat(publicMapping.getAllowCredentials()).isFalse();
		assertThat(publicMapping.getAllowedMethods()).containsExactly("GET", "HEAD");
		assertThat(publicMapping.getAllowedHeaders()).isEmpty();
	}

	@Test
	void theApiAnswersAsInDevelopment() throws Exception {
		SampleHttp http = new SampleHttp(this.port);
		assertThat(http.get(SampleContract.PING).body()).isEqualTo("pong");
		assertThat(http.get("/api/v1/credits/balance").statusCode()).isEqualTo(401);
		assertThat(http.get("/api/v1/credits/balance", "Authorization", BEARER).statusCode()).isEqualTo(200);
	}

	private CorsPolicyProperties corsProperties() {
		return Binder.get(this.environment).bind("cors", CorsPolicyProperties.class).get();
	}

}
