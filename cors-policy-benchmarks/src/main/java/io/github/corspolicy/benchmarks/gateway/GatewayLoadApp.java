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
package io.github.corspolicy.benchmarks.gateway;

import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The gateway of {@code load-gateway.sh}: Spring Cloud Gateway Server WebFlux on 127.0.0.1 and a
 * port the system picks, one route ({@code /api/**}) to an upstream on 127.0.0.1, and CORS from
 * one of two places with the same policy: the starter ({@code ours}: {@code gateway-load-ours.yml})
 * or Gateway's {@code globalcors} with the starter off ({@code globalcors}:
 * {@code gateway-load-globalcors.yml}). Both read {@code gateway-load.yml}; no Security, no
 * actuator, no other filter.
 * <p>
 * {@code java -jar cors-policy-benchmarks-<version>-gateway.jar ours|globalcors http://127.0.0.1:PORT}
 */
@SpringBootApplication(proxyBeanMethods = false)
public final class GatewayLoadApp {

	private static final List<String> MODES = List.of("ours", "globalcors");

	private GatewayLoadApp() {
	}

	public static void main(String[] args) {
		if (args.length != 2 || !MODES.contains(args[0]) || !args[1].matches("http://127\\.0\\.0\\.1:[1-9][0-9]{0,4}")) {
			System.err.println("usage: GatewayLoadApp ours|globalcors http://127.0.0.1:PORT (the upstream)");
			System.exit(2);
		}
		SpringApplication application = new SpringApplication(GatewayLoadApp.class);
		// its own file names, so that no application.yml elsewhere on the class path joins in
		application.setDefaultProperties(Map.of("spring.config.name", "gateway-load", "load.upstream", args[1]));
		application.setAdditionalProfiles(args[0]);
		application.run();
	}

}
