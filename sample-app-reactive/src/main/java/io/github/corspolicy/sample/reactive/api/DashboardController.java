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
