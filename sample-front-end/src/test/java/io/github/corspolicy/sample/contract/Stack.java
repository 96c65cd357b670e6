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
package io.github.corspolicy.sample.contract;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The web stack a sample runs on, and what it answers differently from the other for a reason
 * {@code sample-app-reactive/README.md} gives ("Where WebFlux answers differently").
 */
public enum Stack {

	/** {@code sample-app}: Spring MVC on Tomcat. */
	SERVLET(SampleContract.ERROR_KEYS, Optional.empty()),

	/**
	 * {@code sample-app-reactive}: WebFlux on Netty. Boot's WebFlux error attributes add the
	 * exchange's log prefix as {@code requestId}; Spring Security's reactive defaults add
	 * {@code Referrer-Policy: no-referrer}.
	 */
	REACTIVE(with(SampleContract.ERROR_KEYS, "requestId"), Optional.of("no-referrer"));

	private final Set<String> errorKeys;

	private final Optional<String> referrerPolicy;

	Stack(Set<String> errorKeys, Optional<String> referrerPolicy) {
		this.errorKeys = errorKeys;
		this.referrerPolicy = referrerPolicy;
	}

	/** The keys of Boot's JSON error body on this stack. */
	public Set<String> errorKeys() {
		return this.errorKeys;
	}

	/** The {@code Referrer-Policy} every response carries on this stack, if any. */
	public Optional<String> referrerPolicy() {
		return this.referrerPolicy;
	}

	private static Set<String> with(Set<String> keys, String key) {
		return Stream.concat(keys.stream(), Stream.of(key)).collect(Collectors.toUnmodifiableSet());
	}

}
