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
package io.github.corspolicy.sample.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The application's {@code DataSource}, only for the JDBC origin source
 * ({@code cors.sources.jdbc.enabled=true}, which the {@code live} profile sets). The sample uses a
 * database for nothing else, so without the source it has none, and behaves as it did before live
 * origins: {@code SampleApplication} excludes Boot's DataSource auto-configuration, and this
 * imports it back. A plain {@code @Import}: {@code @ImportAutoConfiguration} honours the exclusion.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cors.sources.jdbc.enabled")
@Import(DataSourceAutoConfiguration.class)
class LiveDatabaseConfiguration {

}
