package io.github.corspolicy.spring.servlet.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.servlet.ServletCorsMappings;
import io.github.corspolicy.spring.servlet.ServletCorsRequests;

/**
 * The policy as a {@link CorsConfigurationSource}, so that {@code http.cors(withDefaults())} and
 * anything else that asks Spring's CORS machinery decides as the filter does. The policy decides;
 * the configuration returned only spells that decision out for the request at hand: the origin
 * and method it allowed, or no origin when it rejected a preflight. An actual request from an
 * origin that is not allowed gets no configuration, so it passes through as it does through the
 * filter.
 */
public final class PolicyCorsConfigurationSource implements CorsConfigurationSource {

	private final ServletCorsMappings mappings;

	/** A source for an application whose only {@code DispatcherServlet} is Spring Boot's. */
	public PolicyCorsConfigurationSource(CorsMappings mappings) {
		this(ServletCorsMappings.of(mappings));
	}

	public PolicyCorsConfigurationSource(ServletCorsMappings mappings) {
		this.mappings = mappings;
	}

	@Override
	public @Nullable CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		CorsRequest corsRequest = ServletCorsRequests.from(request);
		CorsDecision decision = this.mappings.resolve(request).evaluate(corsRequest);
		if (decision == null) {
			return null;
		}
		return switch (decision.outcome()) {
			case NOT_CORS, ACTUAL_ORIGIN_NOT_ALLOWED -> null;
			case PREFLIGHT_REJECTED -> new CorsConfiguration();
			case PREFLIGHT_ACCEPTED, ACTUAL_ACCEPTED -> configuration(decision.headers(corsRequest), decision.isPreflight());
		};
	}

	private static CorsConfiguration configuration(Map<String, String> headers, boolean preflight) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(List.of(headers.get("Access-Control-Allow-Origin")));
		configuration.setAllowCredentials(headers.containsKey("Access-Control-Allow-Credentials"));
		configuration.setExposedHeaders(split(headers.get("Access-Control-Expose-Headers")));
		configuration.setAllowPrivateNetwork(headers.containsKey("Access-Control-Allow-Private-Network"));
		// an actual request from an allowed origin is not checked further by the policy
		configuration.setAllowedMethods(preflight ? split(headers.get("Access-Control-Allow-Methods")) : List.of("*"));
		configuration.setAllowedHeaders(preflight ? split(headers.get("Access-Control-Allow-Headers")) : List.of("*"));
		String maxAge = headers.get("Access-Control-Max-Age");
		if (maxAge != null) {
			configuration.setMaxAge(Long.valueOf(maxAge));
		}
		return configuration;
	}

	private static List<String> split(@Nullable String value) {
		return (value != null) ? Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList()
				: List.of();
	}

}
