package io.github.corspolicy.test;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API the tests call: reads with an ETag and a request id, writes, redirects, and a route that throws.
 */
@RestController
@RequestMapping("/api/items")
class ItemsController {

	@GetMapping
	ResponseEntity<String> list() {
		return ResponseEntity.ok().eTag("\"v1\"").header("X-Request-ID", "req-1").header("X-Internal", "hidden").body("[]");
	}

	@PutMapping
	ResponseEntity<String> update() {
		return ResponseEntity.ok("saved");
	}

	@DeleteMapping
	ResponseEntity<Void> delete() {
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/old")
	ResponseEntity<Void> old() {
		return ResponseEntity.status(308).header("Location", "/api/items").build();
	}

	@GetMapping("/away")
	ResponseEntity<Void> away() {
		return ResponseEntity.status(302).header("Location", "https://elsewhere.example.com/api/items").build();
	}

	@GetMapping("/broken")
	String broken() {
		throw new IllegalStateException("broken on purpose");
	}

}
