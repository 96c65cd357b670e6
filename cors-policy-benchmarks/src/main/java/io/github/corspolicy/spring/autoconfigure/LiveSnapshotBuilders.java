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
