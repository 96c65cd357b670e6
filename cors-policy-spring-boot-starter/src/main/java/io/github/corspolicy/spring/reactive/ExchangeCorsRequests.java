package io.github.corspolicy.spring.reactive;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

import io.github.corspolicy.core.CorsRequest;

/**
 * Reads the CORS view of a reactive request, as {@code ServletCorsRequests} does a servlet one: a
 * header sent on several lines is joined with {@code ", "} (RFC 9110 section 5.3), so the core sees
 * a list where it expects one value, and rejects it.
 */
public final class ExchangeCorsRequests {

	private ExchangeCorsRequests() {
	}

	public static CorsRequest from(ServerHttpRequest request) {
		HttpHeaders headers = request.getHeaders();
		String method = request.getMethod().name();
		String origin = joined(headers, "Origin");
		if (origin == null) {
			return new CorsRequest(method, null, null, null, null);
		}
		return new CorsRequest(method, origin, joined(headers, "Access-Control-Request-Method"),
				joined(headers, "Access-Control-Request-Headers"),
				joined(headers, "Access-Control-Request-Private-Network"), serverOrigin(request.getURI()));
	}

	/** The origin the request addressed, after Spring's forwarded-header handling when configured. */
	private static @Nullable String serverOrigin(URI uri) {
		String scheme = uri.getScheme();
		String host = uri.getHost();
		if (scheme == null || host == null) {
			return null;
		}
		int port = uri.getPort();
		boolean defaultPort = port < 0 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
		return scheme + "://" + host + (defaultPort ? "" : ":" + port);
	}

	private static @Nullable String joined(HttpHeaders headers, String name) {
		List<String> lines = headers.get(name);
		if (lines == null || lines.isEmpty()) {
			return null;
		}
		return (lines.size() == 1) ? lines.get(0) : String.join(", ", lines);
	}

}
