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

	private final List<String> warnings;

	/**
	 * @param mappings the per-path mappings, in order
	 * @param defaultMapping the mapping for every other path
	 * @param warnings configuration warnings found when building them, for reports
	 */
	public CorsMappings(List<CorsMapping> mappings, CorsMapping defaultMapping, List<String> warnings) {
		this.mappings = List.copyOf(mappings);
		this.defaultMapping = defaultMapping;
		this.warnings = List.copyOf(warnings);
	}

	/** A single policy for every path. */
	public static CorsMappings of(CorsMapping defaultMapping) {
		return new CorsMappings(List.of(), defaultMapping, List.of());
	}

	/**
	 * The mapping for a request. On an error or async dispatch, the path is the one the client
	 * asked for, not {@code /error}.
	 */
	public CorsMapping resolve(HttpServletRequest request) {
		return this.mappings.isEmpty() ? this.defaultMapping : resolve(pathWithinApplication(request));
	}

	/** The mapping for a path within the application, such as {@code /api/users}. */
	public CorsMapping resolve(String pathWithinApplication) {
		PathContainer path = PathContainer.parsePath(pathWithinApplication);
		for (CorsMapping mapping : this.mappings) {
			for (PathPattern pattern : mapping.pathPatterns()) {
				if (pattern.matches(path)) {
					return mapping;
				}
			}
		}
		return this.defaultMapping;
	}

	/** Risky settings found when the mappings were built. */
	public List<String> warnings() {
		return this.warnings;
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
