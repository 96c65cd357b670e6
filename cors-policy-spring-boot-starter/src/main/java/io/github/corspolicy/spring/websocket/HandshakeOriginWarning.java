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
package io.github.corspolicy.spring.websocket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.core.CorsSetting;
import io.github.corspolicy.spring.mapping.CorsMapping;

/**
 * The start-up warning for an endpoint that has its own allowed origins, from
 * {@code setAllowedOrigins} or {@code setAllowedOriginPatterns}, other than the policy of its path's
 * mapping: both lists, and that the policy decides. The same origins (compared in lower case) or
 * none at all: no warning.
 */
public final class HandshakeOriginWarning {

	private static final List<CorsSetting> ORIGIN_SETTINGS = List.of(CorsSetting.ALLOWED_ORIGINS,
			CorsSetting.ALLOWED_ORIGIN_PATTERNS, CorsSetting.ALLOWED_ORIGIN_REGEXES);

	private HandshakeOriginWarning() {
	}

	/**
	 * The warning, or {@code null} when there is nothing to say.
	 * @param endpoint the endpoint's path pattern
	 * @param ownOrigins the origins and origin patterns the endpoint was given
	 * @param mapping the mapping of the endpoint's path, with CORS on
	 */
	public static @Nullable String of(String endpoint, Collection<String> ownOrigins, CorsMapping mapping) {
		CorsPolicy policy = mapping.policy();
		if (ownOrigins.isEmpty() || policy == null) {
			return null;
		}
		List<String> policyOrigins = policyOrigins(policy);
		if (lowerCase(ownOrigins).equals(lowerCase(policyOrigins))) {
			return null;
		}
		return "WebSocket endpoint '" + endpoint + "' has its own allowed origins " + List.copyOf(ownOrigins)
				+ " (setAllowedOrigins or setAllowedOriginPatterns), but the policy of mapping '" + mapping.name()
				+ "' allows " + policyOrigins + ". The policy decides every handshake (cors.websocket.enabled=true): "
				+ "remove the setAllowedOrigins/setAllowedOriginPatterns call and list the origins in "
				+ mapping.propertyPrefix() + "allowed-origins, or set cors.websocket.enabled=false to keep Spring's "
				+ "own check instead";
	}

	private static List<String> policyOrigins(CorsPolicy policy) {
		Map<String, Object> description = policy.describe();
		List<String> origins = new ArrayList<>();
		for (CorsSetting setting : ORIGIN_SETTINGS) {
			if (description.get(setting.key()) instanceof Collection<?> values) {
				values.forEach((value) -> origins.add(String.valueOf(value)));
			}
		}
		return origins;
	}

	private static Set<String> lowerCase(Collection<String> origins) {
		Set<String> lowerCase = new TreeSet<>();
		origins.forEach((origin) -> lowerCase.add(origin.toLowerCase(Locale.ROOT)));
		return lowerCase;
	}

}
