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
package io.github.corspolicy.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless {@code cors.enabled} is set to something other than {@code true}. An empty value
 * matches too, so that the auto-configuration reports it instead of silently turning CORS off.
 * Public for the servlet and reactive auto-configurations, which switch off with the policy.
 */
public final class OnCorsEnabledCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String value = context.getEnvironment().getProperty("cors.enabled");
		if (value == null || value.isBlank() || value.equalsIgnoreCase("true")) {
			return ConditionOutcome.match("cors.enabled is " + ((value == null) ? "not set" : "'" + value + "'"));
		}
		return ConditionOutcome.noMatch("cors.enabled is '" + value + "'");
	}

}
