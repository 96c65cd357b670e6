package io.github.corspolicy.spring.autoconfigure;

import org.springframework.core.env.Environment;

import io.github.corspolicy.spring.live.LivePolicyBuilder;

/**
 * The benchmarks' way to the starter's own snapshot builder, which is package-private: the
 * {@code LiveMappingsBuilder} that {@link CorsPolicyLiveAutoConfiguration} gives the refresher, so
 * that the benchmarks build and validate snapshots exactly as a running application does. It lives
 * in the benchmarks module, in the starter's package, and is not part of the starter.
 */
public final class LiveSnapshotBuilders {

	private LiveSnapshotBuilders() {
	}

	/** The builder of the auto-configuration, reading {@code cors.*} from the environment. */
	public static LivePolicyBuilder of(Environment environment) {
		return new LiveMappingsBuilder(environment);
	}

}
