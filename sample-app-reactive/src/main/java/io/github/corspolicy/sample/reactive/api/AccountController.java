package io.github.corspolicy.sample.reactive.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Token-protected reads, each with an {@code ETag} the front end reads through
 * {@code Access-Control-Expose-Headers}.
 */
@RestController
@RequestMapping("/api/v1")
class AccountController {

	@GetMapping("/credits/balance")
	ResponseEntity<Map<String, Object>> balance() {
		return withETag(Map.of("balance", 1250, "currency", "credits"));
	}

	@GetMapping("/jobs/overview")
	ResponseEntity<Map<String, Object>> jobs() {
		return withETag(Map.of("running", 2, "queued", 5, "failed", 0));
	}

	@GetMapping("/users/me/profiles")
	ResponseEntity<List<Map<String, Object>>> profiles() {
		return withETag(List.of(Map.of("id", "p-1", "displayName", "Ada", "theme", "dark")));
	}

	private static <T> ResponseEntity<T> withETag(T body) {
		return ResponseEntity.ok().eTag("\"" + Integer.toHexString(body.hashCode()) + "\"").body(body);
	}

}
