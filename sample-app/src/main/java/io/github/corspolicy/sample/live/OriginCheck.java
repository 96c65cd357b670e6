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
package io.github.corspolicy.sample.live;

import java.util.List;

import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.InvalidCorsPolicyException;
import io.github.corspolicy.core.PolicyProblem;
import io.github.corspolicy.core.SettingNames;
import io.github.corspolicy.spring.live.LiveCorsMappings;

/**
 * Checks a new top-level row with the core's validation, in the credentials mode of the policy
 * serving now, so that a value the next refresh would skip is refused at once, with the core's
 * reason and fix.
 */
final class OriginCheck {

	/** The {@code origin} column's length, {@code VARCHAR(2048)} in both shipped scripts. */
	static final int MAX_LENGTH = 2048;

	/** The lists the core's fixes name are kinds here; other settings are {@code cors.*} properties. */
	private static final SettingNames NAMES = (setting) -> switch (setting) {
		case ALLOWED_ORIGINS -> "kind 'exact'";
		case ALLOWED_ORIGIN_PATTERNS -> "kind 'pattern'";
		case ALLOWED_ORIGIN_REGEXES -> "kind 'regex'";
		default -> "cors." + setting.key();
	};

	private final LiveCorsMappings mappings;

	OriginCheck(LiveCorsMappings mappings) {
		this.mappings = mappings;
	}

	/** The problems that refuse the value (empty when it is valid) and the warnings it raises. */
	Checked check(OriginKind kind, String value) {
		if (value.length() > MAX_LENGTH) {
			return Checked.refused(new Reason(value.substring(0, 40) + "...", "is longer than the origin column's "
					+ MAX_LENGTH + " characters", "shorten it; no browser sends an origin that long"));
		}
		if (value.equals("*")) {
			return Checked.refused(new Reason(value, "would allow every origin, but a source adds origins one by one",
					"add each origin, or a pattern such as https://*.example.com"));
		}
		try {
			CorsPolicy policy = kind.addTo(CorsPolicy.builder().allowCredentials(credentialed()), value).build();
			return new Checked(List.of(), reasons(policy.warnings()));
		}
		catch (InvalidCorsPolicyException ex) {
			return new Checked(reasons(ex.getProblems()), List.of());
		}
	}

	private boolean credentialed() {
		CorsPolicy policy = this.mappings.mappings().defaultMapping().policy();
		return policy == null || policy.allowsCredentials();
	}

	private static List<Reason> reasons(List<PolicyProblem> problems) {
		return problems.stream()
			.map((problem) -> new Reason(problem.value(), problem.problem(NAMES), problem.fix(NAMES)))
			.toList();
	}

	/**
	 * @param problems why the value is refused, empty when it is valid
	 * @param warnings what is risky about a valid value
	 */
	record Checked(List<Reason> problems, List<Reason> warnings) {

		static Checked refused(Reason reason) {
			return new Checked(List.of(reason), List.of());
		}

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

}
