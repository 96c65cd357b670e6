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
