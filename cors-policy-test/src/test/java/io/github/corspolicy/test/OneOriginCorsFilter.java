package io.github.corspolicy.test;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes the {@link CorsRules}' headers and answers preflights with 204.
 */
final class OneOriginCorsFilter implements Filter {

	private final CorsRules rules;

	OneOriginCorsFilter(CorsRules rules) {
		this.rules = rules;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		boolean preflight = request.getMethod().equals("OPTIONS")
				&& request.getHeader("Access-Control-Request-Method") != null;
		this.rules.headersFor(request.getHeader("Origin"), preflight).forEach(response::setHeader);
		if (preflight) {
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		chain.doFilter(request, response);
	}

}
