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
