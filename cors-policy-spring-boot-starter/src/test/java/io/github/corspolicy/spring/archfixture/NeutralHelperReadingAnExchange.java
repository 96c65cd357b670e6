package io.github.corspolicy.spring.archfixture;

import org.springframework.web.server.ServerWebExchange;

/** Breaks the rule on purpose: a neutral class that reads a reactive exchange. */
public final class NeutralHelperReadingAnExchange {

	public String path(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().value();
	}

}
