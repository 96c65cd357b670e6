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
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the CORS policy: the top-level policy covers every path that no mapping
 * matches. Environment variables bind too: {@code CORS_ALLOWED_ORIGINS=https://a.com,https://b.com}.
 */
@ConfigurationProperties("cors")
public class CorsPolicyProperties extends PolicyProperties {

	/** Runs after Boot's forwarded-header and observation filters, before Spring Security (-100). */
	public static final int DEFAULT_FILTER_ORDER = Integer.MIN_VALUE + 10;

	/**
	 * Whether to apply the CORS policy. When false, no filter and no CORS bean is registered.
	 */
	private boolean enabled = true;

	/**
	 * Order of the CORS filter, for experts. At or after Spring Security's filter chain
	 * (spring.security.filter.order, -100) the application does not start: preflights would meet
	 * authentication first.
	 */
	private int filterOrder = DEFAULT_FILTER_ORDER;

	/**
	 * Per-path policies; the first whose path patterns match a request wins. Unset values are
	 * inherited from the top level.
	 */
	private List<Mapping> mappings = new ArrayList<>();

	/**
	 * What an unknown cors.* key does: 'fail' stops start-up with the key, where it is set and the
	 * nearest property; 'warn' logs one line per key instead, for platforms that set unrelated
	 * CORS_* variables.
	 */
	private String unknownProperties = "fail";

	/**
	 * Live origin sources, read at run time and merged with these properties.
	 */
	private Sources sources = new Sources();

	/**
	 * The policy of Actuator's own server, when management.server.port differs from server.port.
	 */
	private Management management = new Management();

	/**
	 * WebSocket and SockJS handshakes, judged by the policy of the handshake path's mapping.
	 */
	private Websocket websocket = new Websocket();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFilterOrder() {
		return this.filterOrder;
	}

	public void setFilterOrder(int filterOrder) {
		this.filterOrder = filterOrder;
	}

	public List<Mapping> getMappings() {
		return this.mappings;
	}

	public void setMappings(List<Mapping> mappings) {
		this.mappings = mappings;
	}

	public String getUnknownProperties() {
		return this.unknownProperties;
	}

	public void setUnknownProperties(String unknownProperties) {
		this.unknownProperties = unknownProperties;
	}

	public Sources getSources() {
		return this.sources;
	}

	public void setSources(Sources sources) {
		this.sources = sources;
	}

	public Management getManagement() {
		return this.management;
	}

	public void setManagement(Management management) {
		this.management = management;
	}

	public Websocket getWebsocket() {
		return this.websocket;
	}

	public void setWebsocket(Websocket websocket) {
		this.websocket = websocket;
	}

	/**
	 * The policy on the management server's port.
	 */
	public static class Management {

		/**
		 * Name of the cors.mappings entry that decides every request on the management server's
		 * port (management.server.port), whatever its path; that mapping needs no path patterns.
		 * Unset, a request there gets the mapping it would get on the main port, its path taken
		 * relative to management.server.base-path.
		 */
		private @Nullable String mapping;

		public @Nullable String getMapping() {
			return this.mapping;
		}

		public void setMapping(@Nullable String mapping) {
			this.mapping = mapping;
		}

	}

	/**
	 * WebSocket and SockJS handshakes.
	 */
	public static class Websocket {

		/**
		 * Whether the policy decides WebSocket and SockJS handshakes: a cross-origin handshake whose
		 * origin the policy of its path's mapping refuses gets 403, and Spring's own origin check
		 * (setAllowedOrigins) defers to the policy. When false, Spring's own behaviour is untouched.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Live origin sources: every CorsOriginSource bean, such as the JDBC source.
	 */
	public static class Sources {

		/**
		 * How long a source may go without a successful read before the corsPolicy health
		 * indicator reports OUT_OF_SERVICE; the last good snapshot keeps serving meanwhile.
		 */
		private Duration maxStaleness = Duration.ofMinutes(5);

		/**
		 * The cors_origin table on the application's DataSource.
		 */
		private Jdbc jdbc = new Jdbc();

		public Duration getMaxStaleness() {
			return this.maxStaleness;
		}

		public void setMaxStaleness(Duration maxStaleness) {
			this.maxStaleness = maxStaleness;
		}

		public Jdbc getJdbc() {
			return this.jdbc;
		}

		public void setJdbc(Jdbc jdbc) {
			this.jdbc = jdbc;
		}

	}

	/**
	 * A policy for some paths.
	 */
	public static class Mapping extends PolicyProperties {

		/**
		 * Path patterns this policy covers, such as /api/public/**.
		 */
		private List<String> pathPatterns = new ArrayList<>();

		/**
		 * Whether CORS applies on these paths. When false the filter neither answers preflights
		 * nor adds headers there.
		 */
		private boolean enabled = true;

		/**
		 * A short name for logs and metrics. Defaults to 'mappings[i]'.
		 */
		private @Nullable String name;

		public List<String> getPathPatterns() {
			return this.pathPatterns;
		}

		public void setPathPatterns(List<String> pathPatterns) {
			this.pathPatterns = pathPatterns;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

	}

	/**
	 * The origins of the cors_origin table, added to the mapping each row names.
	 */
	public static class Jdbc {

		/**
		 * Whether to read allowed origins from the cors_origin table of the application's DataSource.
		 */
		private boolean enabled;

		/**
		 * How often the table is read when no change notification arrives.
		 */
		private Duration refreshInterval = Duration.ofSeconds(10);

		/**
		 * Longest time one read of the table may take before it is cancelled and counted as failed.
		 */
		private Duration queryTimeout = Duration.ofSeconds(5);

		/**
		 * Whether the application fails to start when the table cannot be read at start-up. When
		 * false it starts with the cors.* origins only and keeps trying.
		 */
		private boolean required = true;

		/**
		 * Whether to create the table (and, on PostgreSQL, its change trigger) at start-up with the
		 * script shipped for the database: PostgreSQL or H2. Leave false when a migration tool owns
		 * the schema.
		 */
		private boolean initializeSchema;

		/**
		 * Whether to LISTEN for the trigger's cors_origin_changed notifications (PostgreSQL only), so
		 * that a change applies within a second; polling stays as the fallback.
		 */
		private boolean notify;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getRefreshInterval() {
			return this.refreshInterval;
		}

		public void setRefreshInterval(Duration refreshInterval) {
			this.refreshInterval = refreshInterval;
		}

		public Duration getQueryTimeout() {
			return this.queryTimeout;
		}

		public void setQueryTimeout(Duration queryTimeout) {
			this.queryTimeout = queryTimeout;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public boolean isInitializeSchema() {
			return this.initializeSchema;
		}

		public void setInitializeSchema(boolean initializeSchema) {
			this.initializeSchema = initializeSchema;
		}

		public boolean isNotify() {
			return this.notify;
		}

		public void setNotify(boolean notify) {
			this.notify = notify;
		}

	}

}
