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
