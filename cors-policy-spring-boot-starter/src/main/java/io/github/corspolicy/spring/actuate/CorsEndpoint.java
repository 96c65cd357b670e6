package io.github.corspolicy.spring.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRejection;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.core.browser.BrowserRequest;
import io.github.corspolicy.core.browser.CorsBrowser;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The {@code cors} endpoint. Without parameters it shows each mapping's effective policy, normalised
 * and keyed like the properties, and the start-up warnings. With an {@code origin} it answers what
 * the filter would do for a call from that origin: the preflight, when a browser would send one (Fetch
 * standard, section 4.1: a method other than GET, HEAD and POST, or a header that is not
 * CORS-safelisted), and the actual request, each with its outcome, the reason in plain words and
 * the exact headers. The answer comes from the same mapping resolution and policy evaluation as the
 * filter's.
 */
@Endpoint(id = "cors")
public class CorsEndpoint {

	private final CorsMappings mappings;

	public CorsEndpoint(CorsMappings mappings) {
		this.mappings = mappings;
	}

	/**
	 * The policies, or with {@code origin} the check of a call.
	 * @param origin the page's origin, such as {@code https://app.example.com}
	 * @param method the method the page uses (default GET)
	 * @param path the path called (default /)
	 * @param requestHeaders the request headers the page sets, comma-separated
	 * @return the policies when no origin is given, the check otherwise
	 */
	@ReadOperation
	public CorsReport cors(@Nullable String origin, @Nullable String method, @Nullable String path,
			@Nullable String requestHeaders) {
		if (origin == null) {
			return new CorsReport(policies(), null);
		}
		return new CorsReport(null, check(origin, method, path, requestHeaders));
	}

	private Policies policies() {
		return new Policies(this.mappings.all().stream().map(CorsEndpoint::describe).toList(), this.mappings.warnings());
	}

	private Check check(String origin, @Nullable String method, @Nullable String path, @Nullable String requestHeaders) {
		String calledPath = (path != null && !path.isEmpty()) ? path : "/";
		String calledMethod = (method != null && !method.isEmpty()) ? method : "GET";
		CorsMapping mapping = this.mappings.resolve(calledPath);
		CorsRequest preflight = CorsRequest.builder("OPTIONS")
			.origin(origin)
			.accessControlRequestMethod(calledMethod)
			.accessControlRequestHeaders(requestHeaders)
			.build();
		CorsRequest actual = CorsRequest.actual(calledMethod, origin);
		boolean preflighted = browserPreflights(calledPath, origin, calledMethod, requestHeaders);
		return new Check(origin, calledMethod, calledPath, requestHeaders, mapping.name(), mapping.isEnabled(),
				preflighted ? verdict(mapping, preflight) : null, verdict(mapping, actual));
	}

	/**
	 * Whether a browser sends a preflight first. Only header names are given, so each counts with
	 * an empty value: {@code Accept} and the language headers stay safelisted, a {@code Content-Type}
	 * of unknown value does not.
	 */
	private static boolean browserPreflights(String path, String origin, String method, @Nullable String requestHeaders) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (requestHeaders != null) {
			for (String name : requestHeaders.split(",")) {
				if (!name.isBlank()) {
					headers.put(name.strip(), "");
				}
			}
		}
		return CorsBrowser.needsPreflight(new BrowserRequest(path, origin, method, headers, false));
	}

	private static MappingDescription describe(CorsMapping mapping) {
		List<String> paths = mapping.pathPatterns().stream().map(Object::toString).toList();
		Map<String, Object> policy = (mapping.policy() != null) ? mapping.policy().describe() : Map.of();
		return new MappingDescription(mapping.name(), mapping.propertyPrefix(), paths.isEmpty() ? List.of("/**") : paths,
				mapping.isEnabled(), policy);
	}

	private static @Nullable Verdict verdict(CorsMapping mapping, CorsRequest request) {
		CorsDecision decision = mapping.evaluate(request);
		if (decision == null) {
			return null;
		}
		CorsRejection rejection = decision.rejection();
		return new Verdict(decision.outcome().name(),
				decision.isPreflight() ? decision.status() : null,
				(rejection != null) ? rejection.reason().tag() : "none",
				(rejection != null) ? rejection.message(mapping.propertyPrefix()) : explainAllowed(decision),
				decision.headers(request));
	}

	private static String explainAllowed(CorsDecision decision) {
		return switch (decision.outcome()) {
			case PREFLIGHT_ACCEPTED -> "the preflight is answered at once; the browser then sends the request";
			case ACTUAL_ACCEPTED -> "the response carries the CORS headers, so the page can read it";
			default -> "not a CORS request";
		};
	}

	/**
	 * The endpoint's answer: one of its two parts, the other {@code null}. Both are unwrapped, so
	 * the JSON is the part's own.
	 * @param policies the policies, when no origin was given
	 * @param check the check of a call, when an origin was given
	 */
	public record CorsReport(@JsonUnwrapped @Nullable Policies policies, @JsonUnwrapped @Nullable Check check) {
	}

	/** Every mapping's policy, and the warnings of start-up. */
	public record Policies(List<MappingDescription> mappings, List<String> warnings) {
	}

	/** One mapping, in the vocabulary of the properties. */
	public record MappingDescription(String name, String propertyPrefix, List<String> pathPatterns, boolean enabled,
			Map<String, Object> policy) {
	}

	/**
	 * The filter's answers to a call.
	 * @param origin the origin checked
	 * @param method the method checked
	 * @param path the path checked
	 * @param requestHeaders the request headers checked
	 * @param mapping the mapping that covers it
	 * @param corsEnabled whether CORS applies there
	 * @param preflight the answer to the preflight, {@code null} when a browser sends none (a simple
	 * request) or when CORS is off
	 * @param actual the answer to the request itself, {@code null} when CORS is off
	 */
	public record Check(String origin, String method, String path, @Nullable String requestHeaders, String mapping,
			boolean corsEnabled, @Nullable Verdict preflight, @Nullable Verdict actual) {
	}

	/**
	 * One decision.
	 * @param outcome the outcome
	 * @param status the status of a preflight answer
	 * @param reason the rejection reason tag, or {@code none}
	 * @param explanation the reason in plain words, naming the property to change
	 * @param headers the exact CORS response headers
	 */
	public record Verdict(String outcome, @Nullable Integer status, String reason,
			String explanation, Map<String, String> headers) {
	}

}
