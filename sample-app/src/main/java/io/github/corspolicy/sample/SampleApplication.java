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
package io.github.corspolicy.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Import;

import io.github.corspolicy.sample.frontend.FrontEndConfiguration;
import io.github.corspolicy.sample.frontend.SampleProperties;

/**
 * A secured API on port 8080 and, on port 3000, a page that calls it from another origin.
 */
// bearer tokens, no user store; a DataSource only for live origins (LiveDatabaseConfiguration)
@SpringBootApplication(exclude = { UserDetailsServiceAutoConfiguration.class, DataSourceAutoConfiguration.class })
@EnableConfigurationProperties(SampleProperties.class)
@Import(FrontEndConfiguration.class) // the page, shared with sample-app-reactive
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
