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
package io.github.corspolicy.benchmarks;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.github.corspolicy.benchmarks.live.LiveOrigins;
import io.github.corspolicy.spring.live.CorsOriginEntry;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.live.LivePolicyBuilder;
import io.github.corspolicy.spring.live.RefreshOutcome;
import io.github.corspolicy.spring.live.jdbc.JdbcCorsOriginSource;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * One refresh of the JDBC source's table (H2 in memory, 1 or 100,000 enabled rows), each part
 * alone and the whole: {@code load} reads the table ({@link JdbcCorsOriginSource#load()}),
 * {@code build} builds and validates the snapshot from the rows read ({@link LivePolicyBuilder},
 * the starter's own), {@code refresh} is what {@code POST /actuator/cors} runs
 * ({@link LiveCorsRefresher#refreshAll}: read, build, compare, swap), after flipping one row so
 * that a new snapshot is swapped in each time. Single shots: run with {@code -prof gc} for the
 * bytes allocated by one (the profiler counts every thread, the refresher's too).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 4)
@Measurement(iterations = 10)
public class LiveRefreshBenchmark {

	@State(Scope.Benchmark)
	public static class Fixture {

		/** Enabled rows in the table. */
		@Param({ "1", "100000" })
		int origins;

		DataSource database;

		JdbcCorsOriginSource source;

		LivePolicyBuilder builder;

		List<CorsOriginEntry> rows;

		LiveCorsRefresher refresher;

		@Setup
		public void setUp() throws SQLException {
			this.database = LiveOrigins.database("refresh" + this.origins, this.origins);
			this.source = new JdbcCorsOriginSource(this.database, Duration.ofHours(1), Duration.ofMinutes(1), true, null);
			this.builder = LiveOrigins.builder();
			this.rows = this.source.load();
			CorsMappings initial = this.builder.build(Map.of()).mappings();
			if (initial == null || this.rows.size() != this.origins) {
				throw new IllegalStateException("Expected " + this.origins + " rows, read " + this.rows.size());
			}
			this.refresher = new LiveCorsRefresher(new LiveCorsMappings(initial, true), this.builder,
					List.of(this.source), Clock.systemUTC());
			this.refresher.start();
		}

		@TearDown
		public void tearDown() {
			this.refresher.close();
		}

	}

	@Benchmark
	public List<CorsOriginEntry> load(Fixture fixture) {
		return fixture.source.load();
	}

	@Benchmark
	public LivePolicyBuilder.Result build(Fixture fixture) {
		LivePolicyBuilder.Result result = fixture.builder.build(Map.of(JdbcCorsOriginSource.NAME, fixture.rows));
		if (result.mappings() == null) {
			throw new IllegalStateException("Refused: " + result.problems());
		}
		return result;
	}

	@Benchmark
	public RefreshOutcome refresh(Fixture fixture) throws SQLException, TimeoutException, InterruptedException {
		LiveOrigins.toggleChurnRow(fixture.database);
		RefreshOutcome outcome = fixture.refresher.refreshAll(Duration.ofMinutes(2));
		if (outcome.outcome() != RefreshOutcome.Outcome.APPLIED) {
			throw new IllegalStateException("Expected a new snapshot, got " + outcome);
		}
		return outcome;
	}

}
