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
package io.github.corspolicy.spring.live.jdbc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running instance of {@link LiveOriginsApplication} on a random port, and what a browser and
 * a load balancer see of it: whether a cross-origin request from an origin is allowed, and the
 * {@code corsPolicy} health.
 */
final class LiveInstance implements AutoCloseable {

	private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");

	private static final Pattern JDBC_STALENESS = Pattern.compile("\"jdbc\":\\{[^}]*\"staleness\":\"(PT[^\"]+)\"");

	/**
	 * How long one request may take: far longer than it does, so that a machine under load makes
	 * the test slower, never wrong. Timings are measured and printed, not bounded here.
	 */
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final ConfigurableApplicationContext context;

	private final String base;

	private LiveInstance(ConfigurableApplicationContext context) {
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.base = "http://127.0.0.1:" + port;
	}

	/** Starts an instance on the database, with {@code cors.*} and other properties. */
	static LiveInstance start(PostgresServer postgres, String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "spring.datasource.url=" + postgres.jdbcUrl(),
				"spring.datasource.username=" + postgres.username(), "spring.datasource.hikari.maximum-pool-size=3",
				"spring.datasource.hikari.connection-timeout=10000", "cors.allowed-origins=https://app.example.com",
				"cors.sources.jdbc.enabled=true", "management.endpoints.web.exposure.include=health,cors",
				"management.endpoint.health.show-details=always", "spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		SpringApplication application = new SpringApplicationBuilder(LiveOriginsApplication.class)
			.properties(all.toArray(String[]::new))
			.build();
		return new LiveInstance(application.run());
	}

	/** Whether a GET from {@code origin} is allowed: 200 with the origin in {@code Access-Control-Allow-Origin}. */
	boolean allows(String origin) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.base + "/api/hello"))
			.header("Origin", origin)
			.GET());
		if (response.statusCode() >= 500) {
			throw new AssertionError("5xx from " + this.base + ": " + response.statusCode() + " " + response.body());
		}
		return response.statusCode() == 200
				&& origin.equals(response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
	}

	/** The status of the {@code corsPolicy} health component, such as {@code UP} or {@code OUT_OF_SERVICE}. */
	String health() {
		return healthReport().status();
	}

	/** The {@code corsPolicy} health component's status and the jdbc source's staleness, from one answer. */
	Health healthReport() {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(this.base + "/actuator/health/corsPolicy")).GET());
		// the component's own status comes last, after its details
		Matcher status = STATUS.matcher(response.body());
		String last = null;
		while (status.find()) {
			last = status.group(1);
		}
		Matcher staleness = JDBC_STALENESS.matcher(response.body());
		return new Health((last != null) ? last : "unreadable: " + response.statusCode() + " " + response.body(),
				staleness.find() ? Duration.parse(staleness.group(1)) : null);
	}

	/**
	 * What the health component reported.
	 * @param status its status
	 * @param staleness the time since the jdbc source was last read successfully, {@code null} if not shown
	 */
	record Health(String status, @Nullable Duration staleness) {
	}

	/** The {@code cors} endpoint's answer. */
	String endpoint() {
		return send(HttpRequest.newBuilder(URI.create(this.base + "/actuator/cors")).GET()).body();
	}

	@Override
	public void close() {
		this.context.close();
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
