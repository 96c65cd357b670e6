package io.github.corspolicy.spring.autoconfigure.servlet;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What a native image needs for the servlet filter's registration: Spring MVC's
 * {@code DispatcherServlet}, looked up by name to tell which servlets the filter maps to.
 */
final class CorsPolicyServletRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection().registerTypeIfPresent(classLoader, CorsPolicyServletAutoConfiguration.DISPATCHER_SERVLET);
	}

}
