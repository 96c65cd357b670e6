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
