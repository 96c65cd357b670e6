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
package io.github.corspolicy.spring.actuate;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

import io.github.corspolicy.spring.live.RefreshOutcome;

/**
 * What a native image needs to write the {@code cors} endpoint's answers as JSON: the types its
 * operations return and, through their record components, every type nested in them (the
 * policies, the snapshot, each source's state and skipped entries, the check and its verdicts,
 * the refresh outcome and its enum).
 */
final class CorsEndpointRuntimeHints implements RuntimeHintsRegistrar {

	private final BindingReflectionHintsRegistrar bindingRegistrar = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		this.bindingRegistrar.registerReflectionHints(hints.reflection(), CorsEndpoint.CorsReport.class,
				RefreshOutcome.class);
	}

}
