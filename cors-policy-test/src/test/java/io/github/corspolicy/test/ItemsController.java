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
