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

/**
 * A set of header names that answers, ignoring ASCII case, for one element of a longer list.
 */
class HeaderNameSetTests {

	private final HeaderNameSet names = new HeaderNameSet(List.of("Content-Type", "x-request-id"));

	@Test
	void containsANameWhateverItsCase() {
		assertThat(contains("content-type")).isTrue();
		assertThat(contains("CONTENT-TYPE")).isTrue();
		assertThat(contains("X-Request-ID")).isTrue();
	}

	@Test
	void doesNotContainOtherNamesPrefixesOrExtensions() {
		assertThat(contains("authorization")).isFalse();
		assertThat(contains("content")).isFalse();
		assertThat(contains("content-type-x")).isFalse();
		assertThat(contains("")).isFalse();
	}

	@Test
	void answersForARegionOfALongerValue() {
		String list = "accept, X-REQUEST-ID, content-types";
		assertThat(this.names.contains(list, 8, 20)).as("X-REQUEST-ID").isTrue();
		assertThat(this.names.contains(list, 0, 6)).as("accept").isFalse();
		assertThat(this.names.contains(list, 22, 34)).as("content-type, cut from content-types").isTrue();
		assertThat(this.names.contains(list, 22, 35)).as("content-types").isFalse();
	}

	@Test
	void anEmptySetContainsNothing() {
		HeaderNameSet empty = new HeaderNameSet(List.of());
		assertThat(empty.contains("content-type", 0, 12)).isFalse();
		assertThat(empty.contains("", 0, 0)).isFalse();
	}

	@Test
	void duplicateNamesInAnyCaseAreKeptOnce() {
		HeaderNameSet duplicates = new HeaderNameSet(List.of("X-A", "x-a", "X-a"));
		assertThat(duplicates.contains("x-A", 0, 3)).isTrue();
		assertThat(duplicates.contains("x-b", 0, 3)).isFalse();
	}

	@Test
	void everyNameOfALargeSetIsFoundAndNoOther() {
		List<String> many = IntStream.range(0, 500).mapToObj(i -> "X-Header-" + i).toList();
		HeaderNameSet large = new HeaderNameSet(many);
		assertThat(many).allSatisfy(name -> assertThat(large.contains(name.toLowerCase(), 0, name.length())).isTrue());
		assertThat(IntStream.range(500, 1000).mapToObj(i -> "x-header-" + i))
			.noneSatisfy(name -> assertThat(large.contains(name, 0, name.length())).isTrue());
	}

	private boolean contains(String name) {
		return this.names.contains(name, 0, name.length());
	}

}
