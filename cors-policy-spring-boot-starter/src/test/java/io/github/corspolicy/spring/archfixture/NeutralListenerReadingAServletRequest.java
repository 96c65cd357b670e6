package io.github.corspolicy.spring.archfixture;

import jakarta.servlet.http.HttpServletRequest;

/** Breaks the rule on purpose: a neutral class that reads a servlet request. */
public final class NeutralListenerReadingAServletRequest {

	public String path(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
