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

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;

import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.autoconfigure.servlet.CorsPolicyServletAutoConfiguration;
import io.github.corspolicy.spring.live.CorsOriginEntry;
import io.github.corspolicy.spring.live.CorsOriginSource;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.live.SourceUnavailableException;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Start-up with live origin sources: fixed mappings and no thread without anything that refreshes,
 * a source's entries from the first request on, a required source that cannot be read stopping
 * start-up with a report, an optional one letting it start with the property origins.
 */
class CorsPolicyLiveAutoConfigurationTests {

	private static final String THREAD = "cors-policy-refresh";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsPolicyAutoConfiguration.class,
				CorsPolicyLiveAutoConfiguration.class, CorsPolicyServletAutoConfiguration.class))
		.withPropertyValues("cors.allowed-origins=https://app.example.com");

	@Test
	void withoutASourceTheEndpointOrSpringCloudTheMappingsAreFixedAndNoThreadStarts() {
		long before = refreshThreads();
		this.runner.withClassLoader(new FilteredClassLoader(EnvironmentChangeEvent.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(LiveCorsMappings.class).isRefreshable()).isFalse();
			assertThat(refreshThreads()).isEqualTo(before);
		});
	}

	@Test
	void withSpringCloudTheMappingsCanRefreshButNoThreadStartsBeforeARefresh() {
		long before = refreshThreads();
		this.runner.run((context) -> {
			assertThat(context.getBean(LiveCorsMappings.class).isRefreshable()).isTrue();
			assertThat(context).hasBean("corsPolicyCloudPropertiesRefresh");
			assertThat(refreshThreads()).isEqualTo(before);
		});
	}

	@Test
	void mappingsOfTheApplicationsOwnAreNeverRefreshed() {
		CorsMappings own = CorsMappings.of(new CorsMapping("own", List.of(),
				CorsPolicy.builder().allowedOrigins("https://own.example.com").build(), "cors."));
		this.runner.withBean(CorsMappings.class, () -> own)
			.withBean(CorsOriginSource.class, () -> new FixedSource(true, List.of()))
			.run((context) -> {
				assertThat(context.getBean(LiveCorsMappings.class).isRefreshable()).isFalse();
				assertThat(context.getBean(LiveCorsMappings.class).mappings()).isSameAs(own);
				assertThat(context).doesNotHaveBean(LiveCorsRefresher.class);
			});
	}

	@Test
	void aSourcesEntriesApplyFromTheFirstRequestAndItsThreadStopsWithTheContext() {
		long before = refreshThreads();
		this.runner.withBean(CorsOriginSource.class, () -> new FixedSource(true,
				List.of(new CorsOriginEntry("1", null, "exact", "https://tenant.example.com")))).run((context) -> {
					LiveCorsMappings mappings = context.getBean(LiveCorsMappings.class);
					assertThat(mappings.isRefreshable()).isTrue();
					assertThat(mappings.mappings()
						.resolve("/api")
						.evaluate(CorsRequest.actual("GET", "https://tenant.example.com"))
						.rejection()).isNull();
					assertThat(refreshThreads()).isEqualTo(before + 1);
				});
		await().atMost(Duration.ofSeconds(5)).until(() -> refreshThreads() == before);
	}

	@Test
	void aRequiredSourceThatCannotBeReadStopsStartUpWithAReport() {
		this.runner.withBean(CorsOriginSource.class, () -> new FixedSource(true, null)).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			FailureAnalysis analysis = new SourceUnavailableFailureAnalyzer().analyze(failure);
			assertThat(analysis).isNotNull();
			assertThat(analysis.getCause()).isInstanceOf(SourceUnavailableException.class);
			assertThat(analysis.getDescription())
				.contains("The CORS origin source 'fixed' could not be read at start-up: IOException: the store is down")
				.contains("required");
			assertThat(analysis.getAction()).contains("cors.sources.jdbc.required=false", "required()");
		});
	}

	@Test
	void anOptionalSourceThatCannotBeReadLetsTheApplicationStartWithThePropertyOrigins() {
		this.runner.withBean(CorsOriginSource.class, () -> new FixedSource(false, null)).run((context) -> {
			assertThat(context).hasNotFailed();
			LiveCorsMappings mappings = context.getBean(LiveCorsMappings.class);
			assertThat(mappings.mappings()
				.resolve("/api")
				.evaluate(CorsRequest.actual("GET", "https://app.example.com"))
				.rejection()).isNull();
			assertThat(context.getBean(LiveCorsRefresher.class).states().get("fixed").lastError())
				.isEqualTo("IOException: the store is down");
		});
	}

	/** The refresh threads alive: other tests' cached contexts may hold some. */
	private static long refreshThreads() {
		return Thread.getAllStackTraces().keySet().stream().filter((thread) -> thread.getName().equals(THREAD)).count();
	}

	/** A source with fixed entries, or one whose store is down when they are {@code null}. */
	private record FixedSource(boolean required, @Nullable List<CorsOriginEntry> entries) implements CorsOriginSource {

		@Override
		public String name() {
			return "fixed";
		}

		@Override
		public List<CorsOriginEntry> load() throws java.io.IOException {
			if (this.entries == null) {
				throw new java.io.IOException("the store is down");
			}
			return this.entries;
		}

	}

}
