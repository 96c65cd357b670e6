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
package io.github.corspolicy.spring.live;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.corspolicy.core.CorsPolicy;
import io.github.corspolicy.spring.mapping.CorsMapping;
import io.github.corspolicy.spring.mapping.CorsMappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A follower holds mappings made from another holder's, such as the management server's port's:
 * each swap there is made into one here, with the same version, or into none at all.
 */
class LiveCorsMappingsFollowerTests {

	private static final String RENAMED = "renamed";

	@Test
	void aFollowerStartsFromTheCurrentSnapshotWithItsVersion() {
		LiveCorsMappings live = new LiveCorsMappings(mappings("https://one.example.com"), true);
		live.swap(mappings("https://two.example.com"));
		LiveCorsMappings follower = live.follower(LiveCorsMappingsFollowerTests::renamed);
		assertThat(follower.snapshot().version()).isEqualTo(2);
		assertThat(follower.mappings().defaultMapping().name()).isEqualTo(RENAMED);
		assertThat(origins(follower)).isEqualTo(origins(live));
		assertThat(follower.isRefreshable()).isTrue();
	}

	@Test
	void aSwapIsMadeIntoTheFollowersInTheSameStep() {
		LiveCorsMappings live = new LiveCorsMappings(mappings("https://one.example.com"), true);
		LiveCorsMappings follower = live.follower(LiveCorsMappingsFollowerTests::renamed);
		LiveSnapshot swapped = live.swap(mappings("https://two.example.com"));
		assertThat(follower.snapshot().version()).isEqualTo(swapped.version()).isEqualTo(2);
		assertThat(follower.snapshot().builtAt()).isEqualTo(swapped.builtAt());
		assertThat(origins(follower)).contains("https://two.example.com").doesNotContain("https://one.example.com");
	}

	@Test
	void aSnapshotAFollowerRefusesIsSwappedInNowhere() {
		LiveCorsMappings live = new LiveCorsMappings(mappings("https://one.example.com"), true);
		LiveCorsMappings follower = live.follower((mappings) -> {
			if (mappings.defaultMapping().policy().describe().toString().contains("refused")) {
				throw new IllegalArgumentException("refused");
			}
			return renamed(mappings);
		});
		assertThatIllegalArgumentException().isThrownBy(() -> live.swap(mappings("https://refused.example.com")));
		assertThat(live.snapshot().version()).isEqualTo(1);
		assertThat(follower.snapshot().version()).isEqualTo(1);
		assertThat(origins(live)).contains("https://one.example.com");
	}

	@Test
	void aFollowerIsNeverSwappedDirectly() {
		LiveCorsMappings follower = new LiveCorsMappings(mappings("https://one.example.com"), true)
			.follower(LiveCorsMappingsFollowerTests::renamed);
		assertThatIllegalStateException().isThrownBy(() -> follower.swap(mappings("https://two.example.com")))
			.withMessageContaining("follow");
	}

	@Test
	void theFollowerOfFixedMappingsIsFixed() {
		LiveCorsMappings follower = LiveCorsMappings.fixed(mappings("https://one.example.com"))
			.follower(LiveCorsMappingsFollowerTests::renamed);
		assertThat(follower.isRefreshable()).isFalse();
	}

	private static CorsMappings mappings(String origin) {
		return CorsMappings.of(new CorsMapping("default", List.of(),
				CorsPolicy.builder().allowedOrigins(origin).build(), "cors."));
	}

	private static CorsMappings renamed(CorsMappings mappings) {
		CorsMapping mapping = mappings.defaultMapping();
		return CorsMappings.of(new CorsMapping(RENAMED, List.of(), mapping.policy(), mapping.propertyPrefix()));
	}

	private static String origins(LiveCorsMappings live) {
		return String.valueOf(live.mappings().defaultMapping().policy().describe().get("allowed-origins"));
	}

}
