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
package io.github.corspolicy.spring.reactive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.corspolicy.spring.servlet.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same requests through the servlet filter (Tomcat) and the reactive one (Netty), with the
 * same {@code cors.*} properties, give the same {@code cors.requests} counts and tags, the same
 * rejection log lines and the same {@code cors} endpoint answers.
 */
@ExtendWith(OutputCaptureExtension.class)
class StackParityTests {

	private static final String[] PROPERTIES = { "server.port=0", "spring.main.banner-mode=off",
			"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive."
					+ "TomcatReactiveWebServerAutoConfiguration",
			"cors.allowed-origins=https://app.example.com", "cors.allow-credentials=true",
			"cors.allowed-methods=GET,POST", "cors.mappings[0].name=admin",
			"cors.mappings[0].path-patterns=/api/admin/**", "cors.mappings[0].allowed-origins=https://admin.example.com",
			"management.endpoints.web.exposure.include=cors",
			// another test of the same JVM may have left the logger at DEBUG, which adds the request's headers
			"logging.level.io.github.corspolicy.spring.listener.RejectionLogger=INFO" };

	@Test
	void bothStacksCountLogAndDescribeTheSameRequestsAlike(CapturedOutput output) throws Exception {
		Observed servlet = observe(WebApplicationType.SERVLET, output);
		Observed reactive = observe(WebApplicationType.REACTIVE, output);
		assertThat(servlet.server()).isEqualTo("TomcatWebServer");
		assertThat(reactive.server()).isEqualTo("NettyWebServer");
		assertThat(reactive.counts()).isEqualTo(servlet.counts()).hasSize(7);
		assertThat(reactive.logLines()).isEqualTo(servlet.logLines()).hasSize(5);
		assertThat(reactive.endpoint()).isEqualTo(servlet.endpoint());
		assertThat(reactive.endpoint().get(1)).contains("\"mapping\":\"admin\"", "origin_not_allowed");
	}

	private static Observed observe(WebApplicationType type, CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ParityApplication.class).web(type)
			.properties(PROPERTIES)
			.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			int logStart = output.getOut().length();
			sendTheRequests(port);
			List<String> logLines = output.getOut().substring(logStart).lines()
				.filter((line) -> line.contains("RejectionLogger"))
				.map((line) -> line.substring(line.indexOf(": CORS ") + 2))
				.toList();
			return new Observed(((WebServerApplicationContext) context).getWebServer().getClass().getSimpleName(),
					counts(context.getBean(MeterRegistry.class)), logLines, endpoint(port));
		}
	}

	private static void sendTheRequests(int port) throws Exception {
		String app = "Origin: https://app.example.com";
		RawHttp.send(port, "OPTIONS /api/hello HTTP/1.1", app, "Access-Control-Request-Method: POST");
		RawHttp.send(port, "OPTIONS /api/hello HTTP/1.1", app, "Access-Control-Request-Method: DELETE");
		RawHttp.send(port, "OPTIONS /api/hello HTTP/1.1", "Origin: https://evil.example",
				"Access-Control-Request-Method: GET");
		RawHttp.send(port, "GET /api/hello HTTP/1.1", app);
		RawHttp.send(port, "GET /api/hello HTTP/1.1", "Origin: https://evil.example");
		RawHttp.send(port, "GET /api/admin/report HTTP/1.1", app);
		RawHttp.send(port, "GET /api/admin/report HTTP/1.1", "Origin: https://admin.example.com");
		RawHttp.send(port, "GET /api/public/../admin/report HTTP/1.1", app);
		RawHttp.send(port, "GET /api/hello HTTP/1.1", "Origin: http://localhost:" + port);
		RawHttp.send(port, "GET /api/hello HTTP/1.1");
	}

	/** Every counter that counted something, by its tags. */
	private static Map<String, Double> counts(MeterRegistry registry) {
		Map<String, Double> counts = new TreeMap<>();
		for (Counter counter : registry.find("cors.requests").counters()) {
			if (counter.count() > 0) {
				counts.put(counter.getId().getTags().toString(), counter.count());
			}
		}
		return counts;
	}

	private static List<String> endpoint(int port) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		List<String> bodies = new ArrayList<>();
		for (String query : List.of("", "?origin=https://evil.example&path=/api/admin/report&method=POST")) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/cors" + query))
				.build();
			// when each application's snapshot was built is the one thing that differs
			bodies.add(client.send(request, HttpResponse.BodyHandlers.ofString())
				.body()
				.replaceAll("\"builtAt\":\"[^\"]*\"", "\"builtAt\":\"(time)\""));
		}
		return bodies;
	}

	record Observed(String server, Map<String, Double> counts, List<String> logLines, List<String> endpoint) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ ParityApplication.Endpoints.class, ParityApplication.ServletSecurity.class,
			ParityApplication.ReactiveSecurity.class })
	static class ParityApplication {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@RestController
		static class Endpoints {

			@GetMapping({ "/api/hello", "/api/admin/report" })
			String hello() {
				return "hello";
			}

		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
		static class ServletSecurity {

			@Bean
			SecurityFilterChain permitAll(HttpSecurity http) throws Exception {
				return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
					.csrf((csrf) -> csrf.disable())
					.build();
			}

		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
		static class ReactiveSecurity {

			@Bean
			SecurityWebFilterChain permitAll(ServerHttpSecurity http) {
				return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
					.csrf((csrf) -> csrf.disable())
					.build();
			}

		}

	}

}
