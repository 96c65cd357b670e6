package io.github.corspolicy.spring.mapping;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The per-path mappings, in order, and the default mapping for every other path. The first mapping
 * with a matching path pattern wins.
 */
public final class CorsMappings {

	private final List<CorsMapping> mappings;

	private final CorsMapping defaultMapping;

	public CorsMappings(List<CorsMapping> mappings, CorsMapping defaultMapping) {
		this.mappings = List.copyOf(mappings);
		this.defaultMapping = defaultMapping;
	}

	/** A single policy for every path. */
	public static CorsMappings of(CorsMapping defaultMapping) {
		return new CorsMappings(List.of(), defaultMapping);
	}

	/**
	 * The mapping for a request. On an error or async dispatch, the path is the one the client
	 * asked for, not {@code /error}.
	 */
	public CorsMapping resolve(HttpServletRequest request) {
		if (this.mappings.isEmpty()) {
			return this.defaultMapping;
		}
		PathContainer path = PathContainer.parsePath(pathWithinApplication(request));
		for (CorsMapping mapping : this.mappings) {
			for (PathPattern pattern : mapping.pathPatterns()) {
				if (pattern.matches(path)) {
					return mapping;
				}
			}
		}
		return this.defaultMapping;
	}

	/** Every mapping, the default last. */
	public List<CorsMapping> all() {
		return Stream.concat(this.mappings.stream(), Stream.of(this.defaultMapping)).toList();
	}

	private static String pathWithinApplication(HttpServletRequest request) {
		String uri = firstNonNull(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
				request.getAttribute(AsyncContext.ASYNC_REQUEST_URI), request.getRequestURI());
		String contextPath = request.getContextPath();
		return (!contextPath.isEmpty() && uri.startsWith(contextPath)) ? uri.substring(contextPath.length()) : uri;
	}

	private static String firstNonNull(@Nullable Object error, @Nullable Object async, String uri) {
		Object value = (error != null) ? error : (async != null) ? async : uri;
		return value.toString();
	}

}
