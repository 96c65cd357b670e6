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
package io.github.corspolicy.spring.live;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of one refresh.
 *
 * @param outcome what happened to the snapshot
 * @param version the version serving after the refresh
 * @param problems why the new snapshot was refused, each naming the property or entry
 * @param failedSources the sources that could not be read, by name, with the error; their last good
 * entries were used
 * @param skipped the entries left out, with the reasons
 */
public record RefreshOutcome(Outcome outcome, long version, List<String> problems, Map<String, String> failedSources,
		List<SkippedEntry> skipped) {

	public RefreshOutcome {
		problems = List.copyOf(problems);
		failedSources = Map.copyOf(failedSources);
		skipped = List.copyOf(skipped);
	}

	/** What a refresh did to the snapshot. */
	public enum Outcome {

		/** A new snapshot was validated and swapped in. */
		APPLIED,

		/** The new snapshot equals the current one, which stays. */
		UNCHANGED,

		/** The new snapshot was invalid as a whole: the current one stays. */
		REFUSED,

		/** A source could not be read: the snapshot was built with its last good entries. */
		FAILED;

		/** The {@code outcome} tag of the {@code cors.policy.refreshes} counter. */
		public String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
