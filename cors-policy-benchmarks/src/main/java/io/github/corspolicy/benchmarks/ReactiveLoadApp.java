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

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.reactive.CorsPolicyWebFilter;

/**
 * The reactive app of {@code load-reactive.sh}: Reactor Netty on 127.0.0.1, Spring's
 * {@code HttpWebHandlerAdapter}, one CORS filter first in the chain, and a handler that answers
 * {@code pong} to every request. No Boot auto-configuration, no Security, no other filter: the
 * only difference between two runs is the filter.
 * <p>
 * {@code java -cp benchmarks.jar io.github.corspolicy.benchmarks.ReactiveLoadApp ours|spring|none ORIGINS}
 * with the policy of the benchmarks ({@link Policies}): ORIGINS exact origins, the three patterns.
 * {@code none} has no filter and no CORS header at all: the upstream of {@code load-gateway.sh}.
 */
public final class ReactiveLoadApp {

	private static final byte[] PONG = "pong\n".getBytes(StandardCharsets.UTF_8);

	private ReactiveLoadApp() {
	}

	public static void main(String[] args) {
		if (args.length != 2 || !List.of("ours", "spring", "none").contains(args[0])
				|| !args[1].matches("[1-9][0-9]{0,5}")) {
			System.err.println("usage: ReactiveLoadApp ours|spring|none ORIGINS (1 to 999999)");
			System.exit(2);
		}
		WebHttpHandlerBuilder builder = WebHttpHandlerBuilder.webHandler(ReactiveLoadApp::pong);
		if (!args[0].equals("none")) {
			builder.filter(filter(args[0], Integer.parseInt(args[1])));
		}
		HttpHandler handler = builder.build();
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle(new ReactorHttpHandlerAdapter(handler))
			.bindNow();
		System.out.println("ReactiveLoadApp (" + args[0] + ", " + args[1] + " origins) started on port " + server.port());
		server.onDispose().block();
	}

	static WebFilter filter(String which, int origins) {
		List<String> exact = Policies.exactOrigins(origins);
		if (which.equals("ours")) {
			CorsMapping mapping = new CorsMapping("default", List.of(),
					Policies.core(exact, Policies.PATTERNS, List.of()), "cors.");
			return new CorsPolicyWebFilter(CorsMappings.of(mapping), List.of(), 0);
		}
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", Policies.spring(exact, Policies.PATTERNS));
		return new CorsWebFilter(source);
	}

	private static Mono<Void> pong(ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		response.getHeaders().setContentType(MediaType.TEXT_PLAIN);
		response.getHeaders().setContentLength(PONG.length);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(PONG)));
	}

}
