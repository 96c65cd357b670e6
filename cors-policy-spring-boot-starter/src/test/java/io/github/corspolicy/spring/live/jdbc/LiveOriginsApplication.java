package io.github.corspolicy.spring.live.jdbc;

import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One instance of an application whose allowed origins live in the {@code cors_origin} table: an
 * API route behind the starter's filter, the actuator, and an open security chain.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(LiveOriginsApplication.Api.class)
class LiveOriginsApplication {

	@Bean
	SecurityFilterChain openChain(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@RestController
	static class Api {

		@GetMapping("/api/hello")
		Map<String, Object> hello() {
			return Map.of("hello", "world");
		}

	}

}
