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
