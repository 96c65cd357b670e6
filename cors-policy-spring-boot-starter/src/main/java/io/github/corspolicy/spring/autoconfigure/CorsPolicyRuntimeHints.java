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
