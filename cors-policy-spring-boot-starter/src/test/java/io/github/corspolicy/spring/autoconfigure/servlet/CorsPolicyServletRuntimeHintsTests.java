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
package io.github.corspolicy.spring.autoconfigure.servlet;

import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/** The servlet auto-configuration's hint: the class it looks up by name. */
class CorsPolicyServletRuntimeHintsTests {

	@Test
	void theDispatcherServletLookedUpByNameIsRegisteredByTheAutoConfiguration() {
		assertThat(MergedAnnotations.from(CorsPolicyServletAutoConfiguration.class)
			.get(ImportRuntimeHints.class)
			.getClassArray("value")).contains(CorsPolicyServletRuntimeHints.class);
		RuntimeHints hints = new RuntimeHints();
		new CorsPolicyServletRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.reflection().onType(DispatcherServlet.class)).accepts(hints);
	}

}
