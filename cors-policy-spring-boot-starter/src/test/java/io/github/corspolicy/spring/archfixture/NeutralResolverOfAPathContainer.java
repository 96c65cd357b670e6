package io.github.corspolicy.spring.archfixture;

import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.util.pattern.PathPatternParser;

import io.github.corspolicy.core.LogSafe;

/** Keeps the rules: the stack-neutral Spring types a neutral class may use. */
public final class NeutralResolverOfAPathContainer {

	public boolean matches(String pattern, String path) {
		CorsConfiguration shared = new CorsConfiguration();
		return shared.getAllowedOrigins() == null && LogSafe.quote(path).length() > 0
				&& PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
	}

}
