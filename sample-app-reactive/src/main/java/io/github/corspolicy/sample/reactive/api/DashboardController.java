package io.github.corspolicy.sample.reactive.api;

import java.time.Instant;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A token-protected JSON write, the kind of call that is always preflighted.
 */
@RestController
class DashboardController {

	@PostMapping("/dashboard/update-profile")
	Map<String, Object> updateProfile(@RequestBody ProfileUpdate update) {
		return Map.of("saved", true, "profile", update, "savedAt", Instant.now().toString());
	}

	/** The editable part of a profile. */
	record ProfileUpdate(String displayName, String theme) {
	}

}
