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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.server.ServerWebExchange;

import io.github.corspolicy.core.LogSafe;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.mapping.LookupPath;

/**
 * Resolves an exchange's mapping once, from its path within the application as the client sent it,
 * normalised by {@link LookupPath} as a servlet request's is; the exchange keeps it in an
 * attribute, so that {@code ServerHttpSecurity.cors()} and the error handling of the exchange get
 * the same mapping as the filter.
 */
public final class ExchangeCorsMappings {

	/** The exchange attribute that holds the mapping. */
	public static final String MAPPING_ATTRIBUTE = CorsPolicyWebFilter.class.getName() + ".MAPPING";

	private static final Log logger = LogFactory.getLog(ExchangeCorsMappings.class);

	private ExchangeCorsMappings() {
	}

	/** The mapping of an exchange, resolved on first use and then kept. */
	public static CorsMapping resolve(CorsMappings mappings, ServerWebExchange exchange) {
		if (!mappings.hasPathMappings()) {
			return mappings.defaultMapping(); // one policy for every path: nothing to resolve or keep
		}
		if (exchange.getAttributes().get(MAPPING_ATTRIBUTE) instanceof CorsMapping resolved) {
			return resolved;
		}
		CorsMapping mapping = mappings.resolve(lookupPath(exchange));
		exchange.getAttributes().put(MAPPING_ATTRIBUTE, mapping);
		return mapping;
	}

	/**
	 * The mapping of an exchange from live mappings: resolved from the snapshot current when the
	 * exchange first asks, and then kept, so that the filter, {@code ServerHttpSecurity.cors()} and
	 * the commit of the response all use one snapshot.
	 */
	public static CorsMapping resolve(LiveCorsMappings live, ServerWebExchange exchange) {
		if (!live.isRefreshable()) {
			return resolve(live.mappings(), exchange);
		}
		if (exchange.getAttributes().get(MAPPING_ATTRIBUTE) instanceof CorsMapping resolved) {
			return resolved;
		}
		CorsMappings mappings = live.mappings();
		CorsMapping mapping = mappings.hasPathMappings() ? mappings.resolve(lookupPath(exchange))
				: mappings.defaultMapping();
		exchange.getAttributes().put(MAPPING_ATTRIBUTE, mapping);
		return mapping;
	}

	private static LookupPath lookupPath(ServerWebExchange exchange) {
		String rawPath = exchange.getRequest().getPath().pathWithinApplication().value();
		LookupPath lookupPath = LookupPath.of(rawPath.isEmpty() ? "/" : rawPath, "", "");
		if (lookupPath.problem() != null && logger.isDebugEnabled()) {
			logger.debug("CORS: the path " + LogSafe.quote(rawPath) + " gets the top-level mapping, since "
					+ lookupPath.problem());
		}
		return lookupPath;
	}

}
