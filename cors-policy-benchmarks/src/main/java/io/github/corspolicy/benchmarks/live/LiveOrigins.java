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
package io.github.corspolicy.benchmarks.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.github.corspolicy.spring.autoconfigure.LiveSnapshotBuilders;
import io.github.corspolicy.spring.live.CorsOriginEntry;
import io.github.corspolicy.spring.live.LivePolicyBuilder;

/**
 * What the live benchmarks share: the {@code cors.*} properties of the policy, the origins of the
 * source ({@code https://app0.example.com} to {@code https://app<count-1>.example.com}, as in the
 * other benchmarks), and the {@code cors_origin} table holding them in an H2 database in memory,
 * created with the starter's own H2 script.
 */
public final class LiveOrigins {

	/** The script the starter ships for H2. */
	static final String SCHEMA = "/io/github/corspolicy/spring/live/jdbc/schema-h2.sql";

	/** One more row, outside the counted origins, whose {@code enabled} flag a churn toggles. */
	public static final long CHURN_ID = 10_000_000L;

	/** The policy's properties: one origin of its own, the benchmarks' methods and headers. */
	public static final Map<String, Object> PROPERTIES = Map.of("cors.allowed-origins", "https://app.example.com",
			"cors.allowed-methods", "GET,HEAD,POST,PUT,PATCH,DELETE", "cors.allowed-headers",
			"Authorization,Content-Type,X-Request-ID", "cors.exposed-headers", "ETag,X-Request-ID", "cors.max-age",
			"1h", "cors.allow-credentials", "true");

	private LiveOrigins() {
	}

	/** The i-th origin of the source. */
	public static String origin(int i) {
		return "https://app" + i + ".example.com";
	}

	/** The entries a source returns for {@code count} exact origins of the top-level policy. */
	public static List<CorsOriginEntry> entries(int count) {
		List<CorsOriginEntry> entries = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			entries.add(new CorsOriginEntry(Integer.toString(i), null, "exact", origin(i)));
		}
		return entries;
	}

	/** The starter's snapshot builder over {@link #PROPERTIES}. */
	public static LivePolicyBuilder builder() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("live-benchmark", PROPERTIES));
		return LiveSnapshotBuilders.of(environment);
	}

	/**
	 * A new in-memory H2 database with the {@code cors_origin} table, {@code count} enabled exact
	 * origins (ids 0 to count - 1) and the disabled churn row.
	 */
	public static DataSource database(String name, int count) throws SQLException {
		JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
		try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(schema());
			statement.execute("INSERT INTO cors_origin (id, kind, origin, enabled) SELECT x, 'exact', "
					+ "'https://app' || x || '.example.com', TRUE FROM SYSTEM_RANGE(0, " + (count - 1) + ")");
			statement.execute("INSERT INTO cors_origin (id, kind, origin, enabled) VALUES (" + CHURN_ID
					+ ", 'exact', 'https://churn.example.com', FALSE)");
		}
		return pool;
	}

	/** Flips the churn row's {@code enabled}: the next read of the table gives another snapshot. */
	public static void toggleChurnRow(DataSource database) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE cors_origin SET enabled = NOT enabled WHERE id = " + CHURN_ID);
		}
	}

	private static String schema() {
		try (var in = LiveOrigins.class.getResourceAsStream(SCHEMA)) {
			if (in == null) {
				throw new IllegalStateException("The starter's " + SCHEMA + " is not on the class path");
			}
			String script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			return script.replaceAll("(?m)^--.*$", "");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
