package io.github.corspolicy.spring.archfixture;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/** Breaks the rule on purpose: the servlet flavour of Spring's CORS source outside the adapter. */
public final class NeutralSourceImplementingTheServletCorsSource {

	public CorsConfigurationSource source() {
		return (request) -> new CorsConfiguration();
	}

}
