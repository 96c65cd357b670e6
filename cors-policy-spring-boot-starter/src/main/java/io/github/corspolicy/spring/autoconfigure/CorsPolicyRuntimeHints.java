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

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * What a native image needs beyond the {@code cors.*} properties bean: {@link CorsPolicyProperties}
 * and its nested groups bound again outside that bean (each live snapshot binds {@code cors.*}
 * afresh, a start-up report binds it without its empty values, the unknown-key check walks its
 * properties), and the optional classes looked up by name while beans are created, after the
 * build-time conditions.
 */
final class CorsPolicyRuntimeHints implements RuntimeHintsRegistrar {

	/** Classes the auto-configuration asks {@code ClassUtils.isPresent} about at run time. */
	static final List<String> PROBED_CLASSES = List.of(CorsPolicyAutoConfiguration.ACTUATOR_ENDPOINT,
			CorsPolicyLiveAutoConfiguration.CLOUD_EVENT);

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar.forTypes(CorsPolicyProperties.class).registerHints(hints, classLoader);
		PROBED_CLASSES.forEach((name) -> hints.reflection().registerTypeIfPresent(classLoader, name));
	}

}
