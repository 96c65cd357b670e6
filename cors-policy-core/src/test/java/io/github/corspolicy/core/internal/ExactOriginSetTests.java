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
package io.github.corspolicy.core.internal;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ExactOriginSetTests {

	private static final List<String> TENANTS = IntStream.range(0, 10_000)
		.mapToObj((i) -> "https://tenant-" + i + ".example.com")
		.toList();

	@Test
	void findsEveryOneOfTenThousandSimilarOrigins() {
		ExactOriginSet set = new ExactOriginSet(TENANTS);
		assertThat(TENANTS).allMatch(set::contains);
	}

	@Test
	void findsNoNearMiss() {
		ExactOriginSet set = new ExactOriginSet(TENANTS);
		assertThat(List.of("https://tenant-10000.example.com", "https://tenant-1.example.com.evil.com",
				"http://tenant-1.example.com", "https://TENANT-1.example.com", "https://tenant-1.example.com:443", ""))
			.noneMatch(set::contains);
	}

	@Test
	void emptyAndDuplicatedSetsWork() {
		assertThat(new ExactOriginSet(List.of()).contains("https://a.example.com")).isFalse();
		ExactOriginSet duplicated = new ExactOriginSet(List.of("https://a.example.com", "https://a.example.com"));
		assertThat(duplicated.contains("https://a.example.com")).isTrue();
	}

	@Test
	void addSaysWhetherTheOriginIsNew() {
		ExactOriginSet set = new ExactOriginSet(2);
		assertThat(set.add("https://a.example.com")).isTrue();
		assertThat(set.add("https://a.example.com")).isFalse();
		assertThat(set.add("https://b.example.com")).isTrue();
		assertThat(set.contains("https://b.example.com")).isTrue();
	}

	@Test
	void addRefusesMoreOriginsThanTheSetHasRoomFor() {
		ExactOriginSet set = new ExactOriginSet(1);
		set.add("https://a.example.com");
		assertThat(set.add("https://a.example.com")).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> set.add("https://b.example.com"))
			.withMessage("This set has room for 1 origins");
	}

}
