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
