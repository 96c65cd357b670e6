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

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.corspolicy.spring.live.LiveCorsRefresher;
import io.github.corspolicy.spring.live.jdbc.JdbcCorsOriginSource;

/**
 * The app of {@code load-live.sh}: Spring Boot on WebFlux and Netty (127.0.0.1, a port the system
 * picks) with the starter, whose exact origins come from the JDBC source, on an H2 database in
 * memory holding ORIGINS rows ({@link LiveOrigins}), polled every 10 s (the default). It answers
 * {@code pong} on {@code /api/ping}; {@code POST /load/refreshes/start?pauseMillis=N} starts
 * refreshing continuously ({@link RefreshLoop}), {@code POST /load/refreshes/stop} stops and
 * reports. No Security, no actuator; Spring Cloud Gateway, which shares the module's class path,
 * is switched off.
 * <p>
 * {@code java -jar cors-policy-benchmarks-<version>-live.jar ORIGINS}
 */
@SpringBootApplication(proxyBeanMethods = false)
public class LiveLoadApp {

	private static final byte[] PONG = "pong\n".getBytes(StandardCharsets.UTF_8);

	public static void main(String[] args) {
		if (args.length != 1 || !args[0].matches("[1-9][0-9]{0,6}")) {
			System.err.println("usage: LiveLoadApp ORIGINS (1 to 9999999)");
			System.exit(2);
		}
		SpringApplication application = new SpringApplication(LiveLoadApp.class);
		Map<String, Object> properties = new HashMap<>(LiveOrigins.PROPERTIES);
		// its own file name, so that no application.yml elsewhere on the class path joins in
		properties.put("spring.config.name", "live-load");
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.main.web-application-type", "reactive");
		properties.put("spring.cloud.gateway.server.webflux.enabled", "false");
		properties.put("server.address", "127.0.0.1");
		properties.put("server.port", "0");
		properties.put("live.origins", args[0]);
		application.setDefaultProperties(properties);
		application.run();
	}

	@Bean
	DataSource corsOriginDatabase(@Value("${live.origins}") int origins) throws SQLException {
		return LiveOrigins.database("live", origins);
	}

	@Bean(destroyMethod = "close")
	JdbcCorsOriginSource corsJdbcOriginSource(DataSource corsOriginDatabase) {
		return new JdbcCorsOriginSource(corsOriginDatabase, Duration.ofSeconds(10), Duration.ofSeconds(30), true, null);
	}

	@Bean(destroyMethod = "stop")
	RefreshLoop refreshLoop(LiveCorsRefresher refresher, DataSource corsOriginDatabase) {
		return new RefreshLoop(refresher, corsOriginDatabase);
	}

	@Bean
	RouterFunction<ServerResponse> routes(RefreshLoop loop) {
		return RouterFunctions.route()
			.GET("/api/ping", (request) -> ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).bodyValue(PONG))
			.POST("/load/refreshes/start", (request) -> {
				long pause = Long.parseLong(request.queryParam("pauseMillis").orElse("100"));
				loop.start(Duration.ofMillis(pause));
				return ServerResponse.ok().bodyValue("started\n");
			})
			.POST("/load/refreshes/stop", (request) -> ServerResponse.ok().bodyValue(loop.stop() + "\n"))
			.build();
	}

}
