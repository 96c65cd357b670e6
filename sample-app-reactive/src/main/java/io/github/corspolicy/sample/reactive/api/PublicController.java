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
