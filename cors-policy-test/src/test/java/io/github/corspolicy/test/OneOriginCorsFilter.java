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
