package io.github.corspolicy.spring.actuate;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRejection;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

/**
 * The {@code cors} endpoint. Without parameters it shows each mapping's effective policy, normalised
 * and keyed like the properties, and the start-up warnings. With an {@code origin} it answers what
 * the filter would do for a call from that origin: the preflight a browser would send and the actual
 * request, each with its outcome, the reason in plain words and the exact headers. The answer comes
 * from the same mapping resolution and policy evaluation as the filter's.
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
	 */
	@ReadOperation
	public Object cors(@Nullable String origin, @Nullable String method, @Nullable String path,
			@Nullable String requestHeaders) {
		if (origin == null) {
			return new Policies(this.mappings.all().stream().map(CorsEndpoint::describe).toList(),
					this.mappings.warnings());
		}
		String calledPath = (path != null && !path.isEmpty()) ? path : "/";
		String calledMethod = (method != null && !method.isEmpty()) ? method : "GET";
		CorsMapping mapping = this.mappings.resolve(calledPath);
		CorsRequest preflight = new CorsRequest("OPTIONS", origin, calledMethod, requestHeaders, null);
		CorsRequest actual = CorsRequest.actual(calledMethod, origin);
		return new Check(origin, calledMethod, calledPath, requestHeaders, mapping.name(), mapping.isEnabled(),
				verdict(mapping, preflight), verdict(mapping, actual));
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
	 * @param preflight the answer to the preflight a browser would send, {@code null} when CORS is off
	 * @param actual the answer to the request itself, {@code null} when CORS is off
	 */
	public record Check(String origin, String method, String path, @Nullable String requestHeaders, String mapping, boolean corsEnabled, @Nullable Verdict preflight,
			@Nullable Verdict actual) {
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
