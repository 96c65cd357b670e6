package io.github.corspolicy.core;

/**
 * How a renderer names a setting that a {@link PolicyMessage} refers to: the core writes
 * {@code allowed-origins}, the Spring Boot starter the property key as the user wrote it.
 */
@FunctionalInterface
public interface SettingNames {

	/** The core's names: {@link CorsSetting#key()}. */
	SettingNames KEYS = CorsSetting::key;

	/** The name to write for {@code setting}. */
	String name(CorsSetting setting);

}
