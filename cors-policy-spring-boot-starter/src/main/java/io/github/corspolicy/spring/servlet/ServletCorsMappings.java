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
package io.github.corspolicy.spring.servlet;

import java.util.Set;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.corspolicy.core.LogSafe;
import io.github.corspolicy.spring.live.LiveCorsMappings;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;
import io.github.corspolicy.spring.mapping.LookupPath;

/**
 * Resolves a servlet request's mapping once: on the request dispatch, from the path the client sent,
 * within the context path and, for the {@code DispatcherServlet}, within its servlet mapping (as
 * {@code @RequestMapping} matches); every later dispatch of the same request (error, async, forward)
 * reuses it from a request attribute, so an error page cannot be answered under another mapping than
 * the request was. A request to any other servlet mapped to a path, such as an H2 console at
 * {@code /h2-console/*}, is matched on its path within the application.
 */
public final class ServletCorsMappings {

	/** The name Spring Boot registers its {@code DispatcherServlet} under. */
	public static final String DISPATCHER_SERVLET_NAME = "dispatcherServlet";

	/** The request attribute that holds the mapping resolved on the request dispatch. */
	public static final String MAPPING_ATTRIBUTE = CorsPolicyFilter.class.getName() + ".MAPPING";

	private static final Log logger = LogFactory.getLog(ServletCorsMappings.class);

	private final LiveCorsMappings mappings;

	private final boolean refreshable;

	private final Set<String> dispatcherServletNames;

	/**
	 * @param mappings the mappings
	 * @param dispatcherServletNames the names the application's {@code DispatcherServlet}s are
	 * registered under: their servlet path is taken off before patterns are matched
	 */
	public ServletCorsMappings(CorsMappings mappings, Set<String> dispatcherServletNames) {
		this(LiveCorsMappings.fixed(mappings), dispatcherServletNames);
	}

	/**
	 * @param mappings the live mappings: each request resolves from the snapshot current on its
	 * first dispatch, and keeps it for its later ones
	 * @param dispatcherServletNames the names the application's {@code DispatcherServlet}s are
	 * registered under
	 */
	public ServletCorsMappings(LiveCorsMappings mappings, Set<String> dispatcherServletNames) {
		this.mappings = mappings;
		this.refreshable = mappings.isRefreshable();
		this.dispatcherServletNames = Set.copyOf(dispatcherServletNames);
	}

	/** For an application whose only {@code DispatcherServlet} is Spring Boot's. */
	public static ServletCorsMappings of(CorsMappings mappings) {
		return new ServletCorsMappings(mappings, Set.of(DISPATCHER_SERVLET_NAME));
	}

	/** The mappings resolved from: the current snapshot. */
	public CorsMappings mappings() {
		return this.mappings.mappings();
	}

	/**
	 * The mapping of a request, resolved on its first dispatch and reused afterwards: by its later
	 * dispatches, and by {@code http.cors()} on the same dispatch. With live mappings the request
	 * keeps it even without path mappings, so a refresh during the request changes nothing for it.
	 */
	public CorsMapping resolve(HttpServletRequest request) {
		CorsMappings mappings = this.mappings.mappings();
		if (!mappings.hasPathMappings() && !this.refreshable) {
			return mappings.defaultMapping(); // one policy for every path, forever: nothing to resolve or keep
		}
		if (request.getAttribute(MAPPING_ATTRIBUTE) instanceof CorsMapping resolved) {
			return resolved;
		}
		boolean requestDispatch = request.getDispatcherType() == DispatcherType.REQUEST;
		CorsMapping mapping = mappings.hasPathMappings() ? mappings.resolve(lookupPath(request))
				: mappings.defaultMapping();
		if (requestDispatch) {
			request.setAttribute(MAPPING_ATTRIBUTE, mapping);
		}
		return mapping;
	}

	/**
	 * The path of a request that patterns are matched against: within the context path and, for a
	 * {@code DispatcherServlet}, within its servlet mapping; normalised as the container routes it.
	 */
	public LookupPath lookupPath(HttpServletRequest request) {
		String rawPath = originalUri(request);
		LookupPath lookupPath = withinContext(request, rawPath, servletPathPrefix(request));
		if (lookupPath.problem() != null && logger.isDebugEnabled()) {
			logger.debug("CORS: the path " + LogSafe.quote(rawPath) + " gets the top-level mapping, since "
					+ lookupPath.problem());
		}
		return lookupPath;
	}

	/**
	 * On the request dispatch, the context path is the start of the URI as sent (Tomcat does not
	 * decode it, a mock request may set it freely); on a later dispatch the original URI is compared
	 * with the decoded context path of the application instead.
	 */
	private static LookupPath withinContext(HttpServletRequest request, String rawPath, String servletPath) {
		String rawContextPath = request.getContextPath();
		if (request.getDispatcherType() == DispatcherType.REQUEST && rawPath.startsWith(rawContextPath)) {
			String rest = rawPath.substring(rawContextPath.length());
			if (rest.isEmpty() || rest.charAt(0) == '/') {
				return LookupPath.of(rest.isEmpty() ? "/" : rest, "", servletPath);
			}
		}
		return LookupPath.of(rawPath, request.getServletContext().getContextPath(), servletPath);
	}

	/** The path the client sent: on an error or async dispatch, the original URI. */
	private static String originalUri(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.REQUEST) {
			Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			original = (original != null) ? original : request.getAttribute(AsyncContext.ASYNC_REQUEST_URI);
			if (original != null) {
				return original.toString();
			}
		}
		return request.getRequestURI();
	}

	/**
	 * The servlet path of a {@code DispatcherServlet} path mapping such as {@code /mvc/*}; empty for
	 * any other mapping, and for any other servlet: patterns match its path within the application.
	 */
	private String servletPathPrefix(HttpServletRequest request) {
		HttpServletMapping mapping = request.getHttpServletMapping();
		if (mapping == null || mapping.getMappingMatch() != MappingMatch.PATH
				|| !this.dispatcherServletNames.contains(mapping.getServletName())) {
			return "";
		}
		return request.getServletPath();
	}

}
