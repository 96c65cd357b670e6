package io.github.corspolicy.sample.reactive.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Routes that need no token.
 */
@RestController
class PublicController {

	@GetMapping("/api/public/ping")
	String ping() {
		return "pong";
	}

	/** Fails on purpose: Boot's error handling answers 500, and the browser must be able to read it. */
	@GetMapping("/api/v1/fail")
	String fail() {
		throw new IllegalStateException("This route fails on purpose");
	}

}
